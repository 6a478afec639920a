import { CSAT_SATISFIED_MIN } from '../../../../../shared/scores/ratingScale.ts';

/**
 * The CSAT of a group of responses as a SELECT column: the share of its ratings
 * at or above CSAT_SATISFIED_MIN, null when none carries a rating. One place, so
 * the totals and the per-page scores cannot disagree on what "satisfied" means.
 */
export const CSAT_SHARE = `avg(CASE WHEN rating IS NULL THEN NULL WHEN rating >= ${CSAT_SATISFIED_MIN} THEN 1.0 ELSE 0.0 END)`;

/** The same over rated rows (ranges/ratedRows.ts), from their counts per rating: the same double, not an approximation. */
export const ROLLED_CSAT_SHARE = `CAST(${[1, 2, 3, 4, 5]
  .filter((r) => r >= CSAT_SATISFIED_MIN)
  .map((r) => `sum(r${r})`)
  .join(' + ')} AS REAL) / sum(ratings)`;

/** avg(rating) over rated rows: SQLite's avg of integers is their integer sum over their count, as a double. */
export const ROLLED_AVG_RATING = `CAST(sum(total) AS REAL) / sum(ratings)`;

/**
 * avg(rating) over the ratings themselves, written as that same division: on
 * PostgreSQL avg() of integers is a NUMERIC whose last digit can round apart
 * from the double the rollups divide out (4.138211382113821 against …822).
 */
export const AVG_RATING = `CAST(sum(rating) AS REAL) / count(rating)`;
