import type { Db } from '../src/db/openDatabase.ts';

/** Every text value stored in any table, to look for what must never be stored. */
export function everythingStored(db: Db): string {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
  return tables.map((table) => JSON.stringify(db.prepare(`SELECT * FROM "${table}"`).all())).join('\n');
}

/** The tables with a row holding `text`. */
export function tablesHolding(db: Db, text: string): string[] {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
  return tables.filter((table) => JSON.stringify(db.prepare(`SELECT * FROM "${table}"`).all()).includes(text));
}
