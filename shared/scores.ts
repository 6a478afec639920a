// One definition of each score, used by the summary queries and their tests.

/** A rating at or above this counts as satisfied in CSAT. */
export const CSAT_SATISFIED_MIN = 4;

/** CSAT: share of ratings that are 4 or 5, 0–1; null when nothing was rated. */
export function csat(ratings: readonly number[]): number | null {
  if (ratings.length === 0) return null;
  return ratings.filter((r) => r >= CSAT_SATISFIED_MIN).length / ratings.length;
}

export function averageRating(ratings: readonly number[]): number | null {
  if (ratings.length === 0) return null;
  return ratings.reduce((sum, r) => sum + r, 0) / ratings.length;
}
