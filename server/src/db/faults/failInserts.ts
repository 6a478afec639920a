import type { Db } from '../Db.ts';
import { PostgresDb } from '../postgres/PostgresDb.ts';

/**
 * Makes every insert into `table` fail, as a full disk would, until the returned
 * function is called: how the tests of a transaction's last write failing (a
 * half-done change must leave nothing behind) inject it on either engine.
 */
export function failInserts(db: Db, table: string): () => void {
  const name = `fail_inserts_${table}`;
  if (db instanceof PostgresDb) {
    db.exec(`
      CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'could not extend file: No space left on device' USING ERRCODE = 'disk_full'; END $$;
      CREATE TRIGGER ${name} BEFORE INSERT ON ${table} FOR EACH ROW EXECUTE FUNCTION ${name}()`);
    return () => db.exec(`DROP TRIGGER ${name} ON ${table}; DROP FUNCTION ${name}()`);
  }
  db.exec(`CREATE TEMP TRIGGER ${name} BEFORE INSERT ON ${table} BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END`);
  return () => db.exec(`DROP TRIGGER ${name}`);
}
