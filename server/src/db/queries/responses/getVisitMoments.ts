import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { journeyEventsWhere, responsesWhere, surveyAnswersWhere, type ViewRange } from '../ranges/viewRange.ts';

/**
 * One moment of a visit: a page rating ('page'), a CSAT, CES or NPS answer (the
 * survey answer's own score, put on the 1–5 scale in insight/peakEndVisit.ts), or
 * an abandonment (null). As few columns as will do: a month is tens of thousands of rows.
 */
export interface VisitMoment {
  visit_id: string;
  created_at: number;
  question_type: 'page' | 'csat' | 'ces' | 'nps' | null;
  score: number | null;
  path: string;
}

// Of a survey question answered twice in a visit the last answer counts, as in the survey results.
export const LAST_ANSWER = `NOT EXISTS (
      SELECT 1 FROM survey_answers later
       WHERE later.site_id = survey_answers.site_id AND later.survey = survey_answers.survey
         AND later.visit_id = survey_answers.visit_id AND later.question = survey_answers.question
         AND (later.created_at > survey_answers.created_at OR (later.created_at = survey_answers.created_at AND later.id > survey_answers.id)))`;

// Ratings and CSAT/CES answers of visits, then the abandonments and NPS answers
// of visits that rated something: a visit that rated pages and then gave up
// ends in that abandonment. Unordered: visitsFromMoments groups them.
// "journey IS NOT NULL" (every abandonment answer has one) lets SQLite read
// them through responses_journey_time.
// No ids: ratings are read from the covering index responses_ratings, which has none.
// The views group visits in SQL (getGroupedVisits.ts); these rows, grouped in
// code, are the simple definition the tests hold that grouping to.
const sql = (range: ViewRange) => `
  WITH rated AS MATERIALIZED (
    SELECT visit_id, created_at, 'page' AS question_type, rating AS score, path FROM responses
     WHERE ${responsesWhere(range)} AND rating IS NOT NULL AND visit_id IS NOT NULL
    UNION ALL
    SELECT visit_id, created_at, question_type, score, path FROM survey_answers
     WHERE ${surveyAnswersWhere(range)} AND question_type IN ('csat', 'ces') AND score IS NOT NULL
       AND visit_id IS NOT NULL AND ${LAST_ANSWER}
  )
  SELECT * FROM rated
  UNION ALL
  SELECT visit_id, created_at, NULL, NULL, path FROM responses
   WHERE ${responsesWhere(range)} AND journey IS NOT NULL AND type = 'abandon_reason' AND visit_id IN (SELECT visit_id FROM rated)
  UNION ALL
  SELECT visit_id, created_at, NULL, NULL, path FROM journey_events
   WHERE ${journeyEventsWhere(range)} AND event = 'abandoned' AND visit_id IN (SELECT visit_id FROM rated)
  UNION ALL
  SELECT visit_id, created_at, question_type, score, path FROM survey_answers
   WHERE ${surveyAnswersWhere(range)} AND question_type = 'nps' AND score IS NOT NULL
     AND visit_id IN (SELECT visit_id FROM rated) AND ${LAST_ANSWER}`;

/** Every moment of the range's visits, in no particular order. */
export function getVisitMoments(db: Db, range: ViewRange): VisitMoment[] {
  return statement(db, sql(range)).all(range) as VisitMoment[];
}
