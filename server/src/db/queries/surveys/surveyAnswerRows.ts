import type { Db } from '../../openDatabase.ts';
import { localDayNumberSql } from '../ranges/localDaySql.ts';
import { ratingDaysPlan } from '../ranges/ratingDaysPlan.ts';
import type { ViewRange } from '../ranges/viewRange.ts';

export interface SurveyAnswerRowsSql {
  /** Rows of (survey, question, question_type, channel, score, choice, day, n) whose n summed per key are the latest answers' counts. */
  sql: string;
  params: Record<string, unknown>;
}

/** A range of answers survey_answer_days holds: its channel, nothing else (other columns are not in its key). */
const held = (range: ViewRange) =>
  range.device === null &&
  range.lang === null &&
  range.paths === null &&
  range.returning === null &&
  range.attrKey === null &&
  range.theme === null &&
  range.tag === null;

const CHOICE = `CASE WHEN question_type IN ('single_choice', 'multiple_choice') THEN value END`;

/**
 * The range's survey answers (of one survey when it names one) as rows of
 * counts to sum, or null when survey_answer_days (migration 39) cannot serve
 * it: a filter other than channel, or whatever keeps rating_days from serving
 * it (ratingDaysPlan.ts), as it is counted in the same days and recounted with
 * it. Whole local days come from survey_answer_days and the edges from the
 * answers, every answer counted; then the answers in the range of the visits'
 * questions answered more than once (survey_answer_repeats) are taken back,
 * each -1, and their last in the range added, +1, which is what
 * latestAnswers.ts counts (answers without a visit count one by one).
 */
export function surveyAnswerRowsSql(db: Db, range: ViewRange & { survey?: string }): SurveyAnswerRowsSql | null {
  if (!held(range)) return null;
  const plan = ratingDaysPlan(db, range);
  if (!plan) return null;
  const day = localDayNumberSql('created_at', range);
  const params: Record<string, unknown> = { ...range, ...day.params, dayFrom: plan.dayFrom, dayTo: plan.dayTo, headTo: plan.headTo, tailFrom: plan.tailFrom };
  const survey = (alias: string) => (range.survey === undefined ? '' : ` AND ${alias}survey = @survey`);
  const channel = (alias: string) => (range.channel === null ? '' : ` AND ${alias}channel = @channel`);
  const narrow = (alias: string) => survey(alias) + channel(alias);
  const edge = (from: string, to: string) => `
  SELECT survey, question, question_type, channel, score, ${CHOICE}, ${day.sql}, 1 FROM survey_answers
   WHERE site_id = @siteId AND created_at >= ${from} AND created_at < ${to}${narrow('')}`;
  // Through survey_answers_visit: the repeated pairs' answers, then the range.
  const repeated = `
    SELECT a.* FROM survey_answer_repeats g
      JOIN survey_answers a ON a.site_id = g.site_id AND a.survey = g.survey AND a.visit_id = g.visit_id AND a.question = g.question
     WHERE g.site_id = @siteId${survey('g.')} AND a.created_at >= @from AND a.created_at < @to${channel('a.')}`;
  const sql = `
  SELECT survey, question, question_type, channel, nullif(score, -1) AS score, nullif(choice, '') AS choice, day, answers AS n FROM survey_answer_days
   WHERE site_id = @siteId AND day >= @dayFrom AND day < @dayTo${narrow('')}
  UNION ALL${edge('@from', '@headTo')}
  UNION ALL${edge('@tailFrom', '@to')}
  UNION ALL
  SELECT survey, question, question_type, channel, score, ${CHOICE}, ${day.sql}, -1 FROM (${repeated})
  UNION ALL
  SELECT survey, question, question_type, channel, score, ${CHOICE}, ${day.sql}, 1 FROM (
    SELECT survey, question, question_type, channel, score, value, created_at, max(created_at) FROM (${repeated})
     GROUP BY survey, visit_id, question)`;
  return { sql, params };
}
