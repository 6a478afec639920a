import type { ScoreQuestionType } from '../../../../shared/surveyScales.ts';
import type { ScoreKind } from '../insight/scoreFormat.ts';

// Survey scores read like the insight views' scores: NPS as a signed whole
// number, CSAT and the share of thumbs up as a percentage (changes in points),
// the CES mean with one decimal. So the insight formatters serve them all.

/** The insight score kind a survey score is written as. */
export const SCORE_KIND: Record<ScoreQuestionType, ScoreKind> = {
  nps: 'nps',
  csat: 'csat',
  thumbs: 'csat',
  ces: 'avgRating',
};

export const SCORE_NAMES: Record<ScoreQuestionType, string> = {
  nps: 'NPS',
  csat: 'CSAT',
  ces: 'CES',
  thumbs: 'Thumbs up',
};

/** What the number is, for a note under it. */
export const SCORE_MEANINGS: Record<ScoreQuestionType, string> = {
  nps: '% promoters (9–10) − % detractors (0–6)',
  csat: 'share answering 4 or 5',
  ces: 'mean answer, 1 very difficult – 7 very easy',
  thumbs: 'share of thumbs up',
};

/** The chart's y scale per score. */
export const SCORE_AXIS: Record<ScoreQuestionType, [number, number]> = {
  nps: [-100, 100],
  csat: [0, 1],
  thumbs: [0, 1],
  ces: [1, 7],
};
