import type { Migration } from './Migration.ts';

// Migration 10: one row per visit with what peak–end needs, kept by triggers so
// every way a moment arrives or goes (live, import, DELETE, retention, site
// deletion) keeps it right. Released SQL: change it only through a new migration.

/**
 * The moments of visits, one row each: page ratings and CSAT/CES answers
 * ('rating', on the 1–5 scale: CES 1–7 becomes 1 + (score − 1)·4/6 as in shared/scores/onRatingScale.ts),
 * abandonments ("What stopped you?" answers, journeys' abandoned events) and NPS
 * answers ('nps', 0–10, the relationship score the end is compared with, not a
 * moment of the visit). Of a survey question answered twice in a visit the last
 * answer counts, as in the survey results. server/src/db/queries/responses/getVisitMoments.ts
 * reads the same rows per range; a test checks both agree.
 */
// INDEXED BY: a trigger reads one visit's moments; left to itself SQLite would
// rather scan a site's ratings in responses_ratings, which covers these columns.
const MOMENTS_VIEW = `
  CREATE VIEW peak_end_moments AS
    SELECT site_id, visit_id, created_at AS at, 'rating' AS kind, rating AS value, path
      FROM responses INDEXED BY responses_visit WHERE rating IS NOT NULL AND visit_id IS NOT NULL
    UNION ALL
    SELECT site_id, visit_id, created_at, 'abandoned', NULL, path
      FROM responses INDEXED BY responses_visit WHERE type = 'abandon_reason' AND journey IS NOT NULL AND visit_id IS NOT NULL
    UNION ALL
    SELECT site_id, visit_id, created_at, 'abandoned', NULL, path
      FROM journey_events WHERE event = 'abandoned'
    UNION ALL
    SELECT site_id, visit_id, created_at,
           CASE question_type WHEN 'nps' THEN 'nps' ELSE 'rating' END,
           CASE question_type WHEN 'ces' THEN 1 + (score - 1) * 4.0 / 6 ELSE score END,
           path
      FROM survey_answers a
     WHERE question_type IN ('csat', 'ces', 'nps') AND score IS NOT NULL AND visit_id IS NOT NULL
       AND NOT EXISTS (
         SELECT 1 FROM survey_answers later
          WHERE later.site_id = a.site_id AND later.survey = a.survey AND later.visit_id = a.visit_id
            AND later.question = a.question
            AND (later.created_at > a.created_at OR (later.created_at = a.created_at AND later.id > a.id)));
`;

/**
 * The rows of the visits whose moments `where` picks, in one pass over them. The
 * end is the last rating (rn = 1: by time; at the same millisecond the lower
 * value, then the first path, as insight/peakEndVisit.ts); an abandonment at or after
 * it makes the visit end abandoned. `where` sits right on the view (no
 * correlation, no CTE: neither is pushed down into it inside a trigger), so a
 * trigger reads one visit by index.
 */
const visitRows = (where: string) => `
    INSERT INTO peak_end_visits
    SELECT site_id, visit_id, first_at, last_at, rated, total, low, high, end_value, end_path,
           CASE WHEN abandoned_at >= end_at THEN abandoned_path END, nps
      FROM (SELECT site_id, visit_id, min(at) AS first_at, max(at) AS last_at,
                   count(*) FILTER (WHERE kind = 'rating') AS rated,
                   total(value) FILTER (WHERE kind = 'rating') AS total,
                   min(value) FILTER (WHERE kind = 'rating') AS low,
                   max(value) FILTER (WHERE kind = 'rating') AS high,
                   max(CASE WHEN kind = 'rating' AND rn = 1 THEN value END) AS end_value,
                   max(CASE WHEN kind = 'rating' AND rn = 1 THEN path END) AS end_path,
                   max(CASE WHEN kind = 'rating' AND rn = 1 THEN at END) AS end_at,
                   max(CASE WHEN kind = 'abandoned' AND rn = 1 THEN at END) AS abandoned_at,
                   max(CASE WHEN kind = 'abandoned' AND rn = 1 THEN path END) AS abandoned_path,
                   max(CASE WHEN kind = 'nps' AND rn = 1 THEN value END) AS nps
              FROM (SELECT *, row_number() OVER (PARTITION BY site_id, visit_id, kind ORDER BY at DESC, value, path) AS rn
                      FROM peak_end_moments WHERE ${where})
             GROUP BY site_id, visit_id);`;

const refreshVisit = (site: string, visit: string) => `
    DELETE FROM peak_end_visits WHERE site_id = ${site} AND visit_id = ${visit};
    ${visitRows(`site_id = ${site} AND visit_id = ${visit}`)}`;

/** AFTER INSERT / DELETE / UPDATE triggers on a table whose rows matching `when` are moments. */
function triggersOn(table: string, when: (row: 'NEW' | 'OLD') => string, columns: string): string {
  const refresh = (row: 'NEW' | 'OLD') => refreshVisit(`${row}.site_id`, `${row}.visit_id`);
  return `
  CREATE TRIGGER ${table}_peak_end_insert AFTER INSERT ON ${table} WHEN ${when('NEW')}
  BEGIN ${refresh('NEW')}
  END;
  CREATE TRIGGER ${table}_peak_end_delete AFTER DELETE ON ${table} WHEN ${when('OLD')}
  BEGIN ${refresh('OLD')}
  END;
  CREATE TRIGGER ${table}_peak_end_update AFTER UPDATE OF ${columns} ON ${table} WHEN ${when('OLD')} OR ${when('NEW')}
  BEGIN ${refresh('OLD')} ${refresh('NEW')}
  END;`;
}

/** Every visit's row from its moments: fills the rollup when the migration runs (a test rebuilds with it). */
export const PEAK_END_BACKFILL_SQL = visitRows('1');

const PEAK_END_ROLLUP_SQL = `
  -- Finding a visit's moments when one arrives or goes.
  CREATE INDEX responses_visit ON responses(site_id, visit_id) WHERE visit_id IS NOT NULL;
  CREATE INDEX journey_events_abandoned_visit ON journey_events(site_id, visit_id) WHERE event = 'abandoned';
  CREATE INDEX survey_answers_score_visit ON survey_answers(site_id, visit_id)
    WHERE score IS NOT NULL AND visit_id IS NOT NULL;
  ${MOMENTS_VIEW}

  -- One row per visit with a moment. A range's peak–end reads the visits whose
  -- moments all fall inside it from here (the covering index), and works out the
  -- few that straddle its edges from their moments.
  CREATE TABLE peak_end_visits (
    site_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    visit_id TEXT NOT NULL,
    first_at INTEGER NOT NULL,      -- of any moment, NPS answers included
    last_at INTEGER NOT NULL,
    rated INTEGER NOT NULL,         -- ratings and CSAT/CES answers
    total REAL NOT NULL,            -- their sum on the 1–5 scale
    low REAL,
    high REAL,
    end_value REAL,                 -- the last rating
    end_path TEXT,
    abandoned_path TEXT,            -- where an abandonment at or after the last rating happened; NULL if none
    nps INTEGER,                    -- the visit's last NPS answer
    PRIMARY KEY (site_id, visit_id)
  ) STRICT, WITHOUT ROWID;
  CREATE INDEX peak_end_visits_range ON peak_end_visits(
    site_id, first_at, last_at, rated, total, low, high, end_value, end_path, abandoned_path, nps, visit_id);
  -- The longest visit: how far before a range a visit can start and still reach into it.
  CREATE INDEX peak_end_visits_span ON peak_end_visits(site_id, last_at - first_at);

  ${triggersOn(
    'responses',
    (r) => `${r}.visit_id IS NOT NULL AND (${r}.rating IS NOT NULL OR (${r}.type = 'abandon_reason' AND ${r}.journey IS NOT NULL))`,
    'site_id, visit_id, rating, type, journey, path, created_at',
  )}
  ${triggersOn('journey_events', (r) => `${r}.event = 'abandoned'`, 'site_id, visit_id, event, path, created_at')}
  ${triggersOn(
    'survey_answers',
    (r) => `${r}.visit_id IS NOT NULL AND ${r}.score IS NOT NULL AND ${r}.question_type IN ('csat', 'ces', 'nps')`,
    'site_id, visit_id, survey, question, question_type, score, path, created_at',
  )}

  -- The visits stored before this migration.
  ${PEAK_END_BACKFILL_SQL}
`;

export const peakEndRollup: Migration = {
  version: 10,
  name: 'peak-end: a row per visit kept by triggers, and survey scores as moments',
  sql: PEAK_END_ROLLUP_SQL,
};
