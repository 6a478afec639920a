import { afterAll, describe, expect, it } from 'vitest';
import type { Db } from '../server/src/db/openDatabase.ts';
import { TEST_NOW } from '../tests/clock/testInstants.ts';
import { benchShop } from './benchShop.ts';

/** Enough visits (of 1–3 ratings, some ending in an NPS answer) and comments to show any difference, in a second. */
const RESPONSES = 4_000;

/** Columns drawn at random, or the clock's when migrations ran, as a database or site is created: the only ones two loads cannot share. */
const RANDOM_COLUMNS: Record<string, string[]> = { sites: ['key'], link_keys: ['secret'], response_token_keys: ['secret'], schema_migrations: ['applied_at'] };

/** Every row of a table in a comparable order: by rowid, which the bulk path keeps too, or by key in WITHOUT ROWID tables. */
function rowsOf(db: Db, table: string, withoutRowid: boolean): unknown[] {
  // ANALYZE's rows follow the order indexes were created in, which the bulk path changes: compared as sets,
  // without the samples of the sites' key index (a random key).
  if (table.startsWith('sqlite_stat')) {
    const rows = db.prepare(`SELECT * FROM ${table} WHERE idx IS NOT 'sqlite_autoindex_sites_1' OR '${table}' = 'sqlite_stat1'`).all();
    return rows.map((row) => JSON.stringify(row)).sort();
  }
  if (withoutRowid) return db.prepare(`SELECT * FROM "${table}" ORDER BY 1, 2`).all();
  const rows = db.prepare(`SELECT rowid AS "(rowid)", * FROM "${table}" ORDER BY rowid`).all() as Record<string, unknown>[];
  const random = RANDOM_COLUMNS[table] ?? [];
  return rows.map((row) => Object.fromEntries(Object.entries(row).filter(([column]) => !random.includes(column))));
}

function tablesOf(db: Db): { name: string; wr: number }[] {
  return db.prepare(`SELECT name, wr FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name <> 'sqlite_schema' ORDER BY name`).all() as {
    name: string;
    wr: number;
  }[];
}

describe('the bench generator’s bulk load', () => {
  const live = benchShop(':memory:', RESPONSES, TEST_NOW, { load: 'live' }).db;
  const bulk = benchShop(':memory:', RESPONSES, TEST_NOW).db;
  afterAll(() => {
    live.close();
    bulk.close();
  });

  it('holds the same schema as a collector: every index and trigger put back as it was', () => {
    const schema = (db: Db) => db.prepare('SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY name').all();
    expect(schema(bulk)).toEqual(schema(live));
  });

  it('holds the same rows as loading through the triggers, table by table, row by row', () => {
    const tables = tablesOf(live);
    expect(tablesOf(bulk)).toEqual(tables);
    for (const { name, wr } of tables) expect(rowsOf(bulk, name, wr === 1), name).toEqual(rowsOf(live, name, wr === 1));
  });

  it('has rows in every table the views read, the rollups and the terms among them', () => {
    for (const table of ['responses', 'survey_answers', 'peak_end_visits', 'rating_days', 'rating_days_pages', 'rating_hours_pages', 'comment_terms', 'term_days', 'term_hours', 'survey_answer_days', 'rating_days_attributes', 'rating_hours_attributes', 'case_queue']) {
      expect((live.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number) > 0, table).toBe(true);
    }
    // Visits with an NPS end and with more than one rating, so the rollup's columns are all exercised.
    expect(live.prepare('SELECT count(*) FROM peak_end_visits WHERE nps IS NOT NULL AND rated > 1').pluck().get()).toBeGreaterThan(0);
    // Days' rows counting several ratings and comments: what the triggers add up, the bulk path recounts.
    expect(live.prepare('SELECT count(*) FROM rating_days WHERE ratings > 1 AND comments > 0').pluck().get()).toBeGreaterThan(0);
  });

  it('leaves the collector’s settings as they were', () => {
    expect(bulk.pragma('synchronous', { simple: true })).toBe(live.pragma('synchronous', { simple: true }));
    expect(bulk.pragma('journal_mode', { simple: true })).toBe(live.pragma('journal_mode', { simple: true }));
    expect(bulk.pragma('locking_mode', { simple: true })).toBe(live.pragma('locking_mode', { simple: true }));
  });
});
