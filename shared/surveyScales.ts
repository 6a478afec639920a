// The scales of the survey score questions and how their answers are banded.
// Plain data (no zod), so the widget, the dashboard and the server all read the
// same bands: branching (`showIf`) in the widget, labels in the dashboard.
import { CSAT_SATISFIED_MIN, NEGATIVE_RATING_MAX } from './scores/ratingScale.ts';
import { PASSIVE_MIN, PROMOTER_MIN } from './scores/nps.ts';

export const SCORE_QUESTION_TYPES = ['nps', 'csat', 'ces', 'thumbs'] as const;
export type ScoreQuestionType = (typeof SCORE_QUESTION_TYPES)[number];

export type ScoreBand = 'detractor' | 'passive' | 'promoter' | 'low' | 'neutral' | 'high';

export interface ScoreScale {
  min: number;
  max: number;
  /** The bands this scale has, worst first: what `showIf.bands` may name for it. */
  bands: readonly ScoreBand[];
}

/** NPS 0–10, CSAT 1–5, CES 1–7 ("how easy was it": 7 is easiest), thumbs 0 (down) / 1 (up). */
export const SCORE_SCALES: Record<ScoreQuestionType, ScoreScale> = {
  nps: { min: 0, max: 10, bands: ['detractor', 'passive', 'promoter'] },
  csat: { min: 1, max: 5, bands: ['low', 'neutral', 'high'] },
  ces: { min: 1, max: 7, bands: ['low', 'neutral', 'high'] },
  thumbs: { min: 0, max: 1, bands: ['low', 'high'] },
};

/** CES answers up to 3 are hard (low), 4 neutral, 5 and up easy (high). */
export const CES_LOW_MAX = 3;
export const CES_HIGH_MIN = 5;

export function isScoreQuestionType(type: string): type is ScoreQuestionType {
  return (SCORE_QUESTION_TYPES as readonly string[]).includes(type);
}

/** Whether `value` is an answer on the question type's scale (a whole number within it). */
export function isOnScale(type: ScoreQuestionType, value: number): boolean {
  const { min, max } = SCORE_SCALES[type];
  return Number.isInteger(value) && value >= min && value <= max;
}

/**
 * The band of an answer: NPS detractor 0–6, passive 7–8, promoter 9–10; CSAT
 * low 1–2, neutral 3, high 4–5; CES low 1–3, neutral 4, high 5–7; thumbs down
 * low, up high. The thresholds are the scores' own (shared/scores/).
 */
export function scoreBand(type: ScoreQuestionType, value: number): ScoreBand {
  switch (type) {
    case 'nps':
      return value >= PROMOTER_MIN ? 'promoter' : value >= PASSIVE_MIN ? 'passive' : 'detractor';
    case 'csat':
      return value >= CSAT_SATISFIED_MIN ? 'high' : value <= NEGATIVE_RATING_MAX ? 'low' : 'neutral';
    case 'ces':
      return value >= CES_HIGH_MIN ? 'high' : value <= CES_LOW_MAX ? 'low' : 'neutral';
    case 'thumbs':
      return value >= 1 ? 'high' : 'low';
  }
}
