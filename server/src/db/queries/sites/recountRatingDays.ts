import { ratingDaysRowsSql } from '../../migrations/034-ratingDays.ts';
import { termDaysRowsSql } from '../../migrations/036-termDays.ts';
import { attributeDaysRowsSql } from '../../migrations/037-fixFirstFilterOptions.ts';
import { surveyAnswerDaysRowsSql } from '../../migrations/039-surveyAnswerDays.ts';
import { attributeRatingDaysRowsSql } from '../../migrations/040-attributeRatingDays.ts';
import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { write } from '../../write.ts';

/** A day of ratings per write: a fraction of a second for a site of ten million a year, so ingest never waits long. */
const STEP_MS = 86_400_000;

const PENDING = 'SELECT site_id AS siteId, done_before AS doneBefore FROM rating_days_recounts ORDER BY site_id LIMIT 1';
// The next response (rated or carrying attributes), survey answer (survey_answers_site_time) or comment term (a term keeps its response's time, unless moved):
// from responses_site_time and comment_terms_range.
const NEXT = `
  SELECT min(at) FROM (
    SELECT min(created_at) AS at FROM responses WHERE site_id = @siteId AND created_at >= @from
    UNION ALL
    SELECT min(created_at) FROM comment_terms WHERE site_id = @siteId AND created_at >= @from
    UNION ALL
    SELECT min(created_at) FROM survey_answers WHERE site_id = @siteId AND created_at >= @from)`;
const STEP_WHERE = (row: string) => `${row}.site_id = @siteId AND ${row}.created_at >= @from AND ${row}.created_at < @until`;

/**
 * One step of recounting a site's local-day rollups in its new zone
 * (setSiteDayOffsets.ts marks it): the ratings (also per attribute set), comment terms, attribute sets and survey answers of a day
 * from where the recount stands are added, and its point moves past them; the triggers count
 * every rating before that point as it comes or goes and leave the rest to the
 * recount, so live ingest, deletes and retention go on meanwhile and the views
 * read the ratings themselves until it is done (ranges/ratingDaysPlan.ts).
 * Returns false when no site waits for one.
 */
export function recountSomeRatingDays(db: Db): boolean {
  // The job asks every few seconds and almost never finds work: a read first,
  // so an idle collector does not take the write lock from ingest to learn that.
  if (!statement(db, PENDING).get()) return false;
  return write(db, () => {
    const pending = statement(db, PENDING).get() as { siteId: number; doneBefore: number } | undefined;
    if (!pending) return false;
    const next = statement(db, NEXT).pluck().get({ siteId: pending.siteId, from: pending.doneBefore }) as number | null;
    if (next === null) {
      statement(db, 'DELETE FROM rating_days_recounts WHERE site_id = ?').run(pending.siteId);
      return true;
    }
    const until = next + STEP_MS;
    for (const sql of [...ratingDaysRowsSql(STEP_WHERE('r')), ...termDaysRowsSql(STEP_WHERE('t')), attributeDaysRowsSql(STEP_WHERE('r')), surveyAnswerDaysRowsSql(STEP_WHERE('a')), attributeRatingDaysRowsSql(STEP_WHERE('r'))]) {
      statement(db, sql).run({ siteId: pending.siteId, from: next, until });
    }
    statement(db, 'UPDATE rating_days_recounts SET done_before = ? WHERE site_id = ?').run(until, pending.siteId);
    return true;
  });
}

/** Every pending recount to its end, at once (tests, the bench). */
export function recountRatingDays(db: Db): void {
  while (recountSomeRatingDays(db));
}
