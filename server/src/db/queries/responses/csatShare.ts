import { CSAT_SATISFIED_MIN } from '../../../../../shared/scores/ratingScale.ts';

/**
 * The CSAT of a group of responses as a SELECT column: the share of its ratings
 * at or above CSAT_SATISFIED_MIN, null when none carries a rating. One place, so
 * the totals and the per-page scores cannot disagree on what "satisfied" means.
 */
export const CSAT_SHARE = `avg(CASE WHEN rating IS NULL THEN NULL WHEN rating >= ${CSAT_SATISFIED_MIN} THEN 1.0 ELSE 0.0 END)`;
