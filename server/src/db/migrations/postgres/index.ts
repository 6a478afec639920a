import { COMPAT_FUNCTIONS_SQL } from './compatFunctions.ts';
import { TABLES_SQL } from './tables.ts';
import { TRIGGERS_SQL } from './triggers.ts';

/**
 * PostgreSQL's migrations, numbered as the SQLite ones (db/migrations/index.ts)
 * they equal, so schema_migrations reads the same on both engines. The first
 * is the whole schema as of SQLite 035 at once: a new database needs no history.
 */
export const POSTGRES_MIGRATIONS: { version: number; name: string; sql: string }[] = [
  { version: 35, name: 'schema of SQLite migrations 001–035', sql: COMPAT_FUNCTIONS_SQL + TABLES_SQL + TRIGGERS_SQL },
];
