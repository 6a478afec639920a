// The summary's plain scores. Every score with its interval and sample size
// lives in shared/scores/, one file each; the rating groups come from there too.
import { CSAT_SATISFIED_MIN } from './scores/ratingScale.ts';

export { CSAT_SATISFIED_MIN };

/** CSAT: share of ratings that are 4 or 5, 0–1; null when nothing was rated. */
export function csat(ratings: readonly number[]): number | null {
  if (ratings.length === 0) return null;
  return ratings.filter((r) => r >= CSAT_SATISFIED_MIN).length / ratings.length;
}

export function averageRating(ratings: readonly number[]): number | null {
  if (ratings.length === 0) return null;
  return ratings.reduce((sum, r) => sum + r, 0) / ratings.length;
}
