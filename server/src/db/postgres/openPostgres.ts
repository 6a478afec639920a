import { MIGRATIONS } from '../migrations/index.ts';
import { POSTGRES_BASE_VERSION, POSTGRES_MIGRATIONS } from '../migrations/postgres/index.ts';
import { connectPostgres } from './connectPostgres.ts';
import type { PostgresDb } from './PostgresDb.ts';

/**
 * Connects to PostgreSQL and brings its schema up to date, as openDatabase does
 * for SQLite. Refuses when a SQLite migration has no PostgreSQL form: the
 * routes would fail on columns that are not there. `upTo` stops at a version
 * (migrate-to-postgres matches the schema of the SQLite file it copies).
 */
export function openPostgres(url: string, now: number, upTo = Infinity): PostgresDb {
  const db = connectPostgres(url);
  try {
    migratePostgres(db, now, upTo);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

function migratePostgres(db: PostgresDb, now: number, upTo: number): void {
  const missing = MIGRATIONS.filter(
    (m) => m.version > POSTGRES_BASE_VERSION && !POSTGRES_MIGRATIONS.some((p) => p.version === m.version),
  );
  if (missing.length > 0) {
    throw new Error(
      `SQLite migration ${missing.map((m) => m.version).join(', ')} has no PostgreSQL form: write it in db/migrations/postgres/`,
    );
  }
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)');
  const applied = new Set(db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[]);
  for (const migration of [...POSTGRES_MIGRATIONS].sort((a, b) => a.version - b.version)) {
    if (applied.has(migration.version) || migration.version > upTo) continue;
    // SQLite's rows, with its names: the base migration stands for 1–35.
    const rows = MIGRATIONS.filter((m) =>
      migration.version === POSTGRES_BASE_VERSION ? m.version <= POSTGRES_BASE_VERSION : m.version === migration.version,
    );
    db.transaction(() => {
      db.exec(migration.sql);
      const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
      for (const { version, name } of rows) record.run(version, name, now);
    })();
  }
}
