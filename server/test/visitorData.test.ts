import { describe, expect, it } from 'vitest';
import { testDb } from './testApp.ts';
import { SITE_SETTINGS_TABLES, VISITOR_DATA_TABLES } from '../src/db/visitorData.ts';

// Retention and deletion cover the tables in VISITOR_DATA_TABLES. A new table
// with a site_id must be classified there (or as settings), or this fails.
describe('visitor data tables', () => {
  const db = testDb();
  const columns = (table: string) => (db.pragma(`table_info(${table})`) as { name: string }[]).map((c) => c.name);
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];

  it('classifies every table that belongs to a site', () => {
    const perSite = tables.filter((table) => columns(table).includes('site_id'));
    const classified: string[] = [...VISITOR_DATA_TABLES, ...SITE_SETTINGS_TABLES];
    expect(perSite.filter((table) => !classified.includes(table))).toEqual([]);
  });

  it('gives every visitor data table the site_id and created_at that retention deletes by', () => {
    for (const table of VISITOR_DATA_TABLES) expect(columns(table)).toEqual(expect.arrayContaining(['site_id', 'created_at']));
  });
});
