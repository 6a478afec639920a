import type Database from 'better-sqlite3';
import { MigrationError } from './MigrationError.ts';
import { MIGRATIONS } from './migrations/index.ts';
import type { Migration } from './migrations/Migration.ts';

/**
 * Brings the schema up to date. Each migration runs in its own transaction with
 * its version row, so a failed one leaves the database as it was.
 */
export function migrate(db: Database.Database, migrations: Migration[] = MIGRATIONS): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at INTEGER NOT NULL
  )`);
  const applied = new Set(
    db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[],
  );
  const ran: number[] = [];
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    if (applied.has(migration.version)) continue;
    try {
      db.transaction(() => {
        db.exec(migration.sql);
        db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
          migration.version,
          migration.name,
          Date.now(),
        );
      })();
    } catch (err) {
      throw new MigrationError(migration, err);
    }
    ran.push(migration.version);
  }
  return ran;
}
