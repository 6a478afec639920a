import { isScoreQuestionType, SCORE_SCALES } from '../../../shared/surveyScales.ts';
import type { Db } from '../db/openDatabase.ts';
import { findSurvey } from '../db/queries/surveys/findSurvey.ts';
import { signResponseToken, type LinkChannel } from './responseToken.ts';

export interface ScoreLinkRequest {
  /** The collector's address as recipients reach it (TOUCHPOINT_PUBLIC_URL). */
  publicUrl: string;
  siteId: number;
  siteKey: string;
  survey: string;
  campaign: string;
  /** An opaque reference (an invitation's id), never an address. */
  recipient: string;
  channel: LinkChannel;
  /** When the links stop working, ms since the epoch. */
  exp: number;
}

export interface ScoreLinks {
  /** The hosted survey page for this recipient, with nothing answered yet. */
  surveyUrl: string;
  /** One link per point of the first question's scale (empty when it is no score question): a click records that score. */
  scores: { score: number; url: string }[];
}

/**
 * The links an invitation carries: one signed token for the recipient, used
 * by the survey page's link and by every score link, so whichever they click
 * first and however often, their answers land on the same rows.
 */
export function scoreLinks(db: Db, request: ScoreLinkRequest): ScoreLinks {
  const { publicUrl, siteId, siteKey, survey, campaign, recipient, channel, exp } = request;
  const token = signResponseToken(db, { site: siteId, survey, campaign, recipient, channel, exp });
  const base = publicUrl.replace(/\/+$/, '');
  const surveyUrl = `${base}/s/${encodeURIComponent(siteKey)}/${encodeURIComponent(survey)}?t=${token}`;
  const first = findSurvey(db, siteId, survey)?.questions[0];
  if (!first || !isScoreQuestionType(first.type)) return { surveyUrl, scores: [] };
  const { min, max } = SCORE_SCALES[first.type];
  const scores = [];
  for (let score = min; score <= max; score++) scores.push({ score, url: `${base}/r/${token}?score=${score}` });
  return { surveyUrl, scores };
}
