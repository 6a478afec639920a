// Thresholds for colouring scores. A rating below 3 of 5 means most people on
// that page had a bad time; CSAT below 50% means fewer than half were satisfied.

export type ScoreLevel = 'good' | 'fair' | 'poor' | 'none';

export function ratingLevel(rating: number | null | undefined): ScoreLevel {
  if (rating == null || Number.isNaN(rating)) return 'none';
  if (rating < 3) return 'poor';
  if (rating < 4) return 'fair';
  return 'good';
}

export function csatLevel(csat: number | null | undefined): ScoreLevel {
  if (csat == null || Number.isNaN(csat)) return 'none';
  if (csat < 0.5) return 'poor';
  if (csat < 0.8) return 'fair';
  return 'good';
}

/** Words for screen readers and tooltips, so colour is never the only signal. */
export const LEVEL_WORDS: Record<ScoreLevel, string> = {
  good: 'good',
  fair: 'fair',
  poor: 'poor',
  none: 'no ratings',
};
