import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import type { RolledUpVisits } from './getRolledUpVisits.ts';
import { LAST_ANSWER } from './getVisitMoments.ts';
import { journeyEventsWhere, responsesWhere, surveyAnswersWhere, type ViewRange } from '../ranges/viewRange.ts';

// The moments getVisitMoments reads, grouped by visit in SQL: a filtered month
// is tens of thousands of moments, and handing each to JS only to add them up
// cost more than reading them. One GROUP BY over one UNION, and only the visits
// with two or more ratings come back, alike ones counted together, as from the
// rollup (getRolledUpVisits.ts).
//
// A window function (as the rollup's triggers use for one visit) would sort the
// month's moments a second time. Instead each moment carries a key whose
// smallest value per visit is the one that counts, as insight/peakEndVisit.ts's
// `later` picks it:
//   the end: the latest rating, at the same millisecond the lower value, then
//     the first path: `${LATE - at}${value × 6, two digits}${path}`;
//   the abandonment: the latest, then the first path: `${LATE - at}${path}`;
//   the NPS answer: the latest, then the lower score: (LATE − at) · 100 + score.
// LATE − at has 14 digits for any time before the year 2286, so the keys
// compare as text digit by digit, then by path (BINARY, as ORDER BY path).
// Six times a rating on the 1–5 scale is a whole number (6 × rating, and CES
// 1 + (s − 1)·4/6 gives 4s + 2), so the end's value comes back exactly: a
// multiple of 6 is a whole rating, any other a CES score, on the scale by the
// same arithmetic as shared/scores/onRatingScale.ts and the rollup.
const LATE = 20_000_000_000_000;
const CES = `1 + (score - 1) * 4.0 / 6`;

const sql = (range: ViewRange, only: boolean) => {
  const visits = only ? ` AND visit_id IN (SELECT value FROM json_each(@visits))` : '';
  return `
  WITH moments AS (
    SELECT visit_id, rating AS value, ((${LATE} - created_at) * 100 + 6 * rating) || path AS end_key,
           NULL AS gave_up_key, NULL AS nps_key
      FROM responses
     WHERE ${responsesWhere(range)} AND rating IS NOT NULL AND visit_id IS NOT NULL${visits}
    UNION ALL
    SELECT visit_id, CASE question_type WHEN 'ces' THEN ${CES} ELSE score END,
           ((${LATE} - created_at) * 100 + CASE question_type WHEN 'ces' THEN 4 * score + 2 ELSE 6 * score END) || path,
           NULL, NULL
      FROM survey_answers
     WHERE ${surveyAnswersWhere(range)} AND question_type IN ('csat', 'ces') AND score IS NOT NULL
       AND visit_id IS NOT NULL${visits} AND ${LAST_ANSWER}
    UNION ALL
    SELECT visit_id, NULL, NULL, (${LATE} - created_at) || path, NULL FROM responses
     WHERE ${responsesWhere(range)} AND journey IS NOT NULL AND type = 'abandon_reason' AND visit_id IS NOT NULL${visits}
    UNION ALL
    SELECT visit_id, NULL, NULL, (${LATE} - created_at) || path, NULL FROM journey_events
     WHERE ${journeyEventsWhere(range)} AND event = 'abandoned'${visits}
    UNION ALL
    SELECT visit_id, NULL, NULL, NULL, (${LATE} - created_at) * 100 + score FROM survey_answers
     WHERE ${surveyAnswersWhere(range)} AND question_type = 'nps' AND score IS NOT NULL
       AND visit_id IS NOT NULL${visits} AND ${LAST_ANSWER}
  ),
  grouped AS (
    SELECT count(value) AS rated, total(value) AS total, min(value) AS low, max(value) AS high,
           min(end_key) AS end_key, min(gave_up_key) AS gave_up_key, min(nps_key) AS nps_key
      FROM moments
     GROUP BY visit_id
    HAVING rated >= 2
  ),
  visits AS (
    SELECT rated, total, low, high,
           CASE WHEN substr(end_key, 15, 2) % 6 = 0 THEN substr(end_key, 15, 2) / 6
                ELSE 1 + (substr(end_key, 15, 2) - 6) / 4 * 4.0 / 6 END AS end_value,
           substr(end_key, 17) AS end_path,
           CASE WHEN substr(gave_up_key, 1, 14) <= substr(end_key, 1, 14) THEN substr(gave_up_key, 15) END AS abandoned_path,
           nps_key % 100 AS nps
      FROM grouped
  )
  SELECT count(*) AS visits, rated, total, low, high, end_value, end_path, abandoned_path, nps FROM visits
   GROUP BY rated, total, low, high, end_value, end_path, abandoned_path, nps`;
};

/**
 * The range's visits (or `visits` only) with two or more ratings, alike ones
 * together: what visitsFromMoments makes of getVisitMoments, worked out in SQL.
 */
export function getGroupedVisits(db: Db, range: ViewRange, visits?: readonly string[]): RolledUpVisits[] {
  const params = visits ? { ...range, visits: JSON.stringify(visits) } : range;
  return statement(db, sql(range, visits !== undefined)).all(params) as RolledUpVisits[];
}
