import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import type { SurveyRange } from '../ranges/surveyRange.ts';
import { surveyAnswersWhere, surveyEventsWhere } from '../ranges/viewRange.ts';

export interface SurveyFunnelCounts {
  shown: number;
  answered: number;
  completed: number;
  dismissed: number;
}

// A visit is counted once per event whatever the retries; a visit that answered
// counts as shown even when its `shown` beacon was lost, so the rates stay ≤ 1.
const sql = (range: SurveyRange) => `
  WITH events AS (SELECT coalesce(visit_id, id) AS visit, event FROM survey_events WHERE ${surveyEventsWhere(range)}),
       answers AS (SELECT DISTINCT coalesce(visit_id, id) AS visit FROM survey_answers WHERE ${surveyAnswersWhere(range)})
  SELECT
    (SELECT count(*) FROM (SELECT visit FROM events UNION SELECT visit FROM answers)) AS shown,
    (SELECT count(*) FROM answers) AS answered,
    (SELECT count(DISTINCT visit) FROM events WHERE event = 'completed') AS completed,
    (SELECT count(DISTINCT visit) FROM events WHERE event = 'dismissed') AS dismissed`;

/** Visits the survey was shown in, answered (one answer is enough), completed and dismissed. */
export function getSurveyFunnel(db: Db, range: SurveyRange): SurveyFunnelCounts {
  return statement(db, sql(range)).get(range) as SurveyFunnelCounts;
}
