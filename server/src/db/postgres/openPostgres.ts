import { MIGRATIONS } from '../migrations/index.ts';
import { POSTGRES_MIGRATIONS } from '../migrations/postgres/index.ts';
import { PostgresDb } from './PostgresDb.ts';

/**
 * Connects to PostgreSQL and brings its schema up to date, as openDatabase does
 * for SQLite. Refuses a schema behind SQLite's: a SQLite migration without its
 * PostgreSQL form would leave routes failing on columns that are not there.
 */
export function openPostgres(url: string, now: number): PostgresDb {
  const db = new PostgresDb(url);
  try {
    migratePostgres(db, now);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

function migratePostgres(db: PostgresDb, now: number): void {
  const newestSqlite = Math.max(...MIGRATIONS.map((m) => m.version));
  const newestPostgres = Math.max(...POSTGRES_MIGRATIONS.map((m) => m.version));
  if (newestPostgres < newestSqlite) {
    throw new Error(`PostgreSQL's schema stops at migration ${newestPostgres}; SQLite's goes to ${newestSqlite}: write its PostgreSQL form in db/migrations/postgres/`);
  }
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)`);
  const newestApplied = (db.prepare('SELECT coalesce(max(version), 0) FROM schema_migrations').pluck().get() as number);
  for (const migration of POSTGRES_MIGRATIONS) {
    if (migration.version <= newestApplied) continue;
    const covers = MIGRATIONS.filter((m) => m.version > newestApplied && m.version <= migration.version);
    db.transaction(() => {
      db.exec(migration.sql);
      const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
      for (const { version, name } of covers) record.run(version, name, now);
    })();
  }
}
