// Loading millions of rows the way a live collector would have stored them, in
// minutes: every secondary index and peak–end trigger of the loaded tables
// would otherwise be updated row by row (a B-tree insert per index, and the
// visit's rollup row recomputed from its moments, on every rating).

import { PEAK_END_BACKFILL_SQL } from '../server/src/db/migrations/010-peakEndRollup.ts';
import type { Db } from '../server/src/db/openDatabase.ts';

interface SchemaObject {
  name: string;
  tbl_name: string;
  sql: string;
}

function schemaObjects(db: Db, type: 'index' | 'trigger', tables: readonly string[]): SchemaObject[] {
  return db
    .prepare(
      `SELECT name, tbl_name, sql FROM sqlite_schema
        WHERE type = ? AND sql IS NOT NULL AND tbl_name IN (SELECT value FROM json_each(?)) ORDER BY rowid`,
    )
    .all(type, JSON.stringify(tables)) as SchemaObject[];
}

/**
 * Runs `load`, which only inserts into `tables` (or updates columns no trigger
 * watches), in one transaction with their secondary indexes and peak–end
 * triggers dropped, then creates them again from their own SQL. If a peak–end
 * trigger was dropped, `peak_end_visits` is recomputed with the migration's
 * backfill (the statement each trigger runs for its one visit, for all
 * visits) and its indexes built after it. Other triggers (the case queue) stay
 * live, so what they write keeps its order. For the load only: no journal (a
 * crash leaves a broken file), no fsync, one lock and a big page cache; the
 * collector's settings are put back after. bench/bulkLoad.test.ts proves the
 * result equal, row by row, to loading through the triggers.
 */
export function bulkLoad(db: Db, tables: readonly string[], load: () => void): void {
  const triggers = schemaObjects(db, 'trigger', tables).filter(({ name }) => name.includes('_peak_end_'));
  const rollupIndexes = triggers.length > 0 ? schemaObjects(db, 'index', ['peak_end_visits']) : [];
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
    if (triggers.length > 0) db.exec(`DELETE FROM peak_end_visits; ${PEAK_END_BACKFILL_SQL}`);
    for (const { sql } of [...rollupIndexes, ...triggers]) db.exec(sql);
  })();
  const seconds = (from: number, to: number) => `${((to - from) / 1000).toFixed(1)} s`;
  console.log(
    `\n${tables.join(', ')}: rows in ${seconds(loadStarted, rebuildStarted)}, indexes${triggers.length > 0 ? ' and peak–end rollup' : ''} in ${seconds(rebuildStarted, performance.now())}`,
  );
  // Back to the collector's settings, the lock released first.
  for (const setting of restore.reverse()) db.pragma(setting);
  db.unsafeMode(false);
}
