import type { ImportMapping } from '../../../../shared/schemas/importMapping.ts';
import { SCORE_SCALES } from '../../../../shared/surveyScales.ts';

type ScoreType = ImportMapping['score']['to'];

/** The stored scale of each score type: page ratings and CSAT 1–5, NPS 0–10, CES 1–7. */
export function storedScale(type: ScoreType): { min: number; max: number } {
  // A page rating is CSAT's own 1–5 scale (shared/scores/ratingScale.ts).
  if (type === 'rating') return SCORE_SCALES.csat;
  return SCORE_SCALES[type];
}

export type ScaledScore = { ok: true; score: number } | { ok: false; code: 'bad_score' | 'score_off_scale'; message: string };

/**
 * A score cell on the file's declared scale, as stored on the target's scale.
 * The declared scale is the whole rule: a score outside it is refused, never
 * clamped; a scale other than the target's is stretched ends to ends and
 * rounded to the nearest whole score (half up), so 1–10 → NPS puts 1 at 0 and
 * 10 at 10, and 1–7 → CES is kept as it is.
 */
export function scaleScore(cell: string, scale: ImportMapping['score']): ScaledScore {
  const text = cell.trim();
  const value = /^[+-]?\d+(?:[.,]\d+)?$/.test(text) ? Number(text.replace(',', '.')) : NaN;
  if (Number.isNaN(value)) return { ok: false, code: 'bad_score', message: `"${cell}" is not a number` };
  if (!Number.isInteger(value) || value < scale.min || value > scale.max) {
    return { ok: false, code: 'score_off_scale', message: `${text} is not a whole score from ${scale.min} to ${scale.max}, the file's declared scale` };
  }
  const target = storedScale(scale.to);
  if (scale.min === target.min && scale.max === target.max) return { ok: true, score: value };
  const stretched = target.min + ((value - scale.min) * (target.max - target.min)) / (scale.max - scale.min);
  return { ok: true, score: Math.floor(stretched + 0.5) };
}
