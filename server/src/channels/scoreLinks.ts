// Stand-in for the hosted survey page's link builder (branch "hosted"), with
// its exact signature and URL shapes; replaced by that file when it reaches main.
import { SCORE_SCALES, isScoreQuestionType } from '../../../shared/surveyScales.ts';
import type { Db } from '../db/openDatabase.ts';
import { findSurvey } from '../db/queries/surveys/findSurvey.ts';
import { signResponseToken, type LinkChannel } from './responseToken.ts';

export interface ScoreLinkInput {
  publicUrl: string;
  siteId: number;
  siteKey: string;
  survey: string;
  campaign: string;
  recipient: string;
  channel: LinkChannel;
  exp: number;
}

/** The signed link to the hosted survey, and one link per score of its first question (none when that is not a score). */
export function scoreLinks(db: Db, input: ScoreLinkInput): { surveyUrl: string; scores: { score: number; url: string }[] } {
  const token = signResponseToken(db, {
    site: input.siteId,
    survey: input.survey,
    campaign: input.campaign,
    recipient: input.recipient,
    channel: input.channel,
    exp: input.exp,
  });
  const surveyUrl = `${input.publicUrl}/s/${encodeURIComponent(input.siteKey)}/${encodeURIComponent(input.survey)}?t=${token}`;
  const first = findSurvey(db, input.siteId, input.survey)?.questions[0];
  if (!first || !isScoreQuestionType(first.type)) return { surveyUrl, scores: [] };
  const { min, max } = SCORE_SCALES[first.type];
  const scores = Array.from({ length: max - min + 1 }, (_, i) => ({ score: min + i, url: `${input.publicUrl}/r/${token}?score=${min + i}` }));
  return { surveyUrl, scores };
}
