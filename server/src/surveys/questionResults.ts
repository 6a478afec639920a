import type { Question, Survey } from '../../../shared/schemas/survey.ts';
import type { DistributionEntry, QuestionResult } from '../../../shared/schemas/surveyResults.ts';
import { compareScores } from '../../../shared/scores/compareScores.ts';
import { surveyScore } from '../../../shared/scores/surveyScore.ts';
import { isScoreQuestionType, SCORE_SCALES, type ScoreQuestionType } from '../../../shared/surveyScales.ts';
import type { ChoiceCount } from '../db/queries/surveys/getSurveyChoiceCounts.ts';
import type { QuestionAnswerCount } from '../db/queries/surveys/getSurveyAnswerCounts.ts';
import type { ScoreDayCount } from '../db/queries/surveys/getSurveyScoreCounts.ts';
import { scoreCounts } from './scoreCounts.ts';
import { scoreSeries } from './scoreSeries.ts';

/** What the queries gave for one period. */
export interface PeriodCounts {
  answers: QuestionAnswerCount[];
  scores: ScoreDayCount[];
  choices: ChoiceCount[];
  /** The period's bounds (ms) and the site's zone, for the daily series. */
  from: number;
  to: number;
  timeZone: string;
}

/** The 6 days before the previous period: the first days' trailing weeks reach into them. */
export type LeadIn = Pick<PeriodCounts, 'scores'>;

/**
 * Per question of the survey as defined now: answers, distribution, and for
 * score questions the score (shared/scores/) with its interval, the previous
 * period's, the change and the score per day. Answers given while a question
 * had another type are left out: they are on another scale.
 */
export function questionResults(survey: Survey, current: PeriodCounts, previous: PeriodCounts, leadIn: LeadIn): QuestionResult[] {
  return survey.questions.map((question) => {
    const n = current.answers.find((a) => a.question === question.id && a.type === question.type)?.n ?? 0;
    const base = { id: question.id, type: question.type, text: question.text ?? null, n };
    if (isScoreQuestionType(question.type)) return { ...base, ...scoreResults(question.id, question.type, current, previous, leadIn) };
    return {
      ...base,
      distribution: 'options' in question ? choiceDistribution(question, current.choices) : [],
      score: null,
      previousScore: null,
      change: null,
      daily: [],
      previousDaily: [],
    };
  });
}

function scoreResults(id: string, type: ScoreQuestionType, current: PeriodCounts, previous: PeriodCounts, leadIn: LeadIn) {
  const mine = (rows: ScoreDayCount[]) => rows.filter((row) => row.question === id);
  const now = mine(current.scores);
  const before = mine(previous.scores);
  const counts = scoreCounts(type, now);
  const score = surveyScore(type, counts);
  const previousScore = surveyScore(type, scoreCounts(type, before));
  // A trailing week may reach back into the period before: every row is in the pool.
  const pool = [...mine(leadIn.scores), ...before, ...now];
  const { min } = SCORE_SCALES[type];
  return {
    distribution: counts.map((count, i): DistributionEntry => ({ value: String(min + i), label: String(min + i), count })),
    score,
    previousScore,
    change: compareScores(score, previousScore),
    daily: scoreSeries(type, now, pool, current),
    previousDaily: scoreSeries(type, before, pool, previous),
  };
}

/** Every option in order, then any option no longer offered that answers still name. */
function choiceDistribution(question: Extract<Question, { options: unknown }>, choices: ChoiceCount[]): DistributionEntry[] {
  const mine = choices.filter((c) => c.question === question.id);
  const countOf = (option: string) => mine.find((c) => c.option === option)?.count ?? 0;
  const offered = question.options.map((o) => ({ value: o.id, label: o.label, count: countOf(o.id) }));
  const removed = mine
    .filter((c) => !question.options.some((o) => o.id === c.option))
    .map((c) => ({ value: c.option, label: c.option, count: c.count }));
  return [...offered, ...removed];
}
