// Loading millions of rows the way a live collector would have stored them, in
// minutes: every secondary index and peak–end trigger of the loaded tables
// would otherwise be updated row by row (a B-tree insert per index, and the
// visit's rollup row recomputed from its moments, on every rating).

import { PEAK_END_BACKFILL_SQL } from '../server/src/db/migrations/010-peakEndRollup.ts';
import { RATING_DAYS_BACKFILL_SQL, RATING_ROLLUP_TABLES } from '../server/src/db/migrations/034-ratingDays.ts';
import { TERM_DAYS_BACKFILL_SQL, TERM_ROLLUP_TABLES } from '../server/src/db/migrations/036-termDays.ts';
import { ATTRIBUTE_DAYS_BACKFILL_SQL } from '../server/src/db/migrations/037-fixFirstFilterOptions.ts';
import { SURVEY_ANSWER_DAYS_BACKFILL_SQL, SURVEY_ANSWER_ROLLUP_TABLES } from '../server/src/db/migrations/039-surveyAnswerDays.ts';
import { ATTRIBUTE_RATING_BACKFILL_SQL, ATTRIBUTE_RATING_TABLES } from '../server/src/db/migrations/040-attributeRatingDays.ts';
import type Database from 'better-sqlite3';

/** The trigger-kept rollups: each recounted in one statement, its migration's backfill, instead of row by row. */
const ROLLUPS = [
  { triggers: '_peak_end_', tables: ['peak_end_visits'], backfill: PEAK_END_BACKFILL_SQL },
  { triggers: '_rating_days_', tables: RATING_ROLLUP_TABLES, backfill: RATING_DAYS_BACKFILL_SQL },
  { triggers: '_term_days_', tables: TERM_ROLLUP_TABLES, backfill: TERM_DAYS_BACKFILL_SQL },
  { triggers: '_attribute_days_', tables: ['attribute_days'], backfill: ATTRIBUTE_DAYS_BACKFILL_SQL },
  { triggers: '_survey_days_', tables: SURVEY_ANSWER_ROLLUP_TABLES, backfill: SURVEY_ANSWER_DAYS_BACKFILL_SQL },
  { triggers: '_attribute_ratings_', tables: ATTRIBUTE_RATING_TABLES, backfill: ATTRIBUTE_RATING_BACKFILL_SQL },
];

interface SchemaObject {
  name: string;
  tbl_name: string;
  sql: string;
}

function schemaObjects(db: Database.Database, type: 'index' | 'trigger', tables: readonly string[]): SchemaObject[] {
  return db
    .prepare(
      `SELECT name, tbl_name, sql FROM sqlite_schema
        WHERE type = ? AND sql IS NOT NULL AND tbl_name IN (SELECT value FROM json_each(?)) ORDER BY rowid`,
    )
    .all(type, JSON.stringify(tables)) as SchemaObject[];
}

/**
 * Runs `load`, which only inserts into `tables` (or updates columns no trigger
 * watches), in one transaction with their secondary indexes and rollup
 * triggers (peak–end, rating days, term, attribute and survey answer days, ratings per attribute set) dropped, then creates them again from their
 * own SQL. A rollup whose trigger was dropped is recomputed with its
 * migration's backfill (for peak–end the statement each trigger runs for its
 * one visit, for all visits) and its indexes built after it. Other triggers (the case queue) stay
 * live, so what they write keeps its order. For the load only: no journal (a
 * crash leaves a broken file), no fsync, one lock and a big page cache; the
 * collector's settings are put back after. bench/bulkLoad.test.ts proves the
 * result equal, row by row, to loading through the triggers.
 */
export function bulkLoad(db: Database.Database, tables: readonly string[], load: () => void): void {
  const allTriggers = schemaObjects(db, 'trigger', tables);
  const rollups = ROLLUPS.filter((rollup) => allTriggers.some(({ name }) => name.includes(rollup.triggers)));
  const triggers = allTriggers.filter(({ name }) => rollups.some((rollup) => name.includes(rollup.triggers)));
  const rollupIndexes = schemaObjects(db, 'index', rollups.flatMap(({ tables }) => tables));
  const indexes = schemaObjects(db, 'index', tables);
  const restore = ['journal_mode', 'synchronous', 'cache_size', 'locking_mode'].map(
    (pragma) => `${pragma} = ${String(db.pragma(pragma, { simple: true }))}`,
  );
  // better-sqlite3 opens connections in SQLite's defensive mode, which refuses journal_mode = OFF silently.
  db.unsafeMode(true);
  if (db.pragma('journal_mode = OFF', { simple: true }) !== 'off') throw new Error('bulkLoad: SQLite kept its journal');
  db.pragma('synchronous = OFF');
  db.pragma('locking_mode = EXCLUSIVE');
  db.pragma('cache_size = -1000000');
  for (const { name } of triggers) db.exec(`DROP TRIGGER "${name}"`);
  for (const { name } of [...indexes, ...rollupIndexes]) db.exec(`DROP INDEX "${name}"`);
  const loadStarted = performance.now();
  db.transaction(load)();
  const rebuildStarted = performance.now();
  db.transaction(() => {
    // CREATE INDEX sorts the rows once: far cheaper than a B-tree insert per row.
    for (const { sql } of indexes) db.exec(sql);
    for (const { tables, backfill } of rollups) db.exec(`${tables.map((table) => `DELETE FROM ${table};`).join(' ')} ${backfill}`);
    for (const { sql } of [...rollupIndexes, ...triggers]) db.exec(sql);
  })();
  const seconds = (from: number, to: number) => `${((to - from) / 1000).toFixed(1)} s`;
  console.log(
    `\n${tables.join(', ')}: rows in ${seconds(loadStarted, rebuildStarted)}, indexes${rollups.length > 0 ? ` and ${rollups.flatMap(({ tables }) => tables).join(', ')}` : ''} in ${seconds(rebuildStarted, performance.now())}`,
  );
  // Back to the collector's settings, the lock released first.
  for (const setting of restore.reverse()) db.pragma(setting);
  db.unsafeMode(false);
}
