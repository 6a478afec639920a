// The 1–5 page rating and how its answers are grouped. Every score, query and
// view reads the groups from here, so "negative" means the same everywhere.

/** A rating at or above this counts as satisfied in CSAT, and as positive in net experience. */
export const CSAT_SATISFIED_MIN = 4;

/** A rating at or below this is a negative experience: it counts toward net experience and impact. */
export const NEGATIVE_RATING_MAX = 2;

/** Counts of ratings 1, 2, 3, 4 and 5, in that order (index 0 is rating 1). */
export type RatingHistogram = [number, number, number, number, number];

export function emptyHistogram(): RatingHistogram {
  return [0, 0, 0, 0, 0];
}

/** The histogram of a list of 1–5 ratings; anything else is ignored. */
export function histogramOf(ratings: readonly number[]): RatingHistogram {
  const histogram = emptyHistogram();
  for (const rating of ratings) {
    if (Number.isInteger(rating) && rating >= 1 && rating <= 5) histogram[rating - 1]! += 1;
  }
  return histogram;
}

/** Adds `more` into `into` and returns it. */
export function addHistogram(into: RatingHistogram, more: Readonly<RatingHistogram>): RatingHistogram {
  for (let i = 0; i < 5; i++) into[i]! += more[i]!;
  return into;
}

export function ratingsIn(histogram: Readonly<RatingHistogram>): number {
  return histogram.reduce((sum, count) => sum + count, 0);
}

/** Ratings of 4 or 5. */
export function positiveRatings(histogram: Readonly<RatingHistogram>): number {
  return histogram.slice(CSAT_SATISFIED_MIN - 1).reduce((sum, count) => sum + count, 0);
}

/** Ratings of 1 or 2. */
export function negativeRatings(histogram: Readonly<RatingHistogram>): number {
  return histogram.slice(0, NEGATIVE_RATING_MAX).reduce((sum, count) => sum + count, 0);
}
