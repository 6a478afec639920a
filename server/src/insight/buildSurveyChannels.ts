import type { SurveyChannelCell, SurveyChannelRow } from '../../../shared/schemas/channels.ts';
import type { Channel } from '../../../shared/schemas/response.ts';
import type { Survey } from '../../../shared/schemas/survey.ts';
import { compareScores } from '../../../shared/scores/compareScores.ts';
import { surveyScore } from '../../../shared/scores/surveyScore.ts';
import { isScoreQuestionType, type ScoreQuestionType } from '../../../shared/surveyScales.ts';
import type { Db } from '../db/openDatabase.ts';
import type { ViewRange } from '../db/queries/ranges/viewRange.ts';
import { getChannelSurveyScoreCounts, type ChannelSurveyScoreCount } from '../db/queries/surveys/getChannelSurveyScoreCounts.ts';
import { listSurveys } from '../db/queries/surveys/listSurveys.ts';
import { scoreCounts } from '../surveys/scoreCounts.ts';
import { BASELINE, channelOrder, isWorse } from './channelOrder.ts';

export interface SurveyChannels {
  channels: Channel[];
  surveys: SurveyChannelRow[];
}

/** The first score question of a survey as defined now: the one its headline score is. */
function scoredQuestion(survey: Survey): { id: string; type: ScoreQuestionType; text: string | null } | null {
  for (const question of survey.questions) {
    if (isScoreQuestionType(question.type)) return { id: question.id, type: question.type, text: question.text ?? null };
  }
  return null;
}

/**
 * Per survey, its first score question scored per channel exactly as the
 * survey results view scores it (scoreCounts, surveyScore), each channel's
 * share of the answers and its score against the web's on the same survey
 * (compareScores' MOVER interval). Answers given while the question had
 * another type are left out, as there: they are on another scale.
 */
export function buildSurveyChannels(db: Db, siteId: number, range: ViewRange): SurveyChannels {
  const rows = getChannelSurveyScoreCounts(db, range);
  const perChannel = new Map<Channel, number>();
  const surveys: SurveyChannelRow[] = [];
  for (const { survey } of listSurveys(db, siteId)) {
    const question = scoredQuestion(survey);
    if (!question) continue;
    const mine = rows.filter((row) => row.survey === survey.key && row.question === question.id && row.type === question.type);
    const counts = new Map<Channel, number[]>();
    for (const channel of new Set(mine.map((row) => row.channel))) {
      counts.set(channel, scoreCounts(question.type, mine, (row: ChannelSurveyScoreCount) => row.channel === channel));
    }
    const total = (channel: Channel) => counts.get(channel)!.reduce((sum, count) => sum + count, 0);
    const n = [...counts.keys()].reduce((sum, channel) => sum + total(channel), 0);
    if (n === 0) continue;
    for (const channel of counts.keys()) perChannel.set(channel, (perChannel.get(channel) ?? 0) + total(channel));
    const web = counts.has(BASELINE) ? surveyScore(question.type, counts.get(BASELINE)!) : null;
    const cells = [...counts.keys()].map((channel): SurveyChannelCell => {
      const score = surveyScore(question.type, counts.get(channel)!);
      const vsWeb = channel === BASELINE || !web ? null : compareScores(score, web);
      return { channel, n: total(channel), share: total(channel) / n, score, vsWeb, worse: isWorse(vsWeb) };
    });
    surveys.push({ survey: survey.key, name: survey.name, question: question.id, questionText: question.text, scoreType: question.type, n, cells });
  }
  const channels = channelOrder(perChannel);
  for (const row of surveys) row.cells.sort((a, b) => channels.indexOf(a.channel) - channels.indexOf(b.channel));
  return { channels, surveys };
}
