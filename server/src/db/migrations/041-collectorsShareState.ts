import type { Migration } from './Migration.ts';

// Migration 41: what many collectors on one PostgreSQL share (rate-limit buckets, sign-in failures,
// the day's visitor salt; db/shared/). SQLite serves one process, which keeps
// them where they were (memory, the salt file beside the database), so here
// it changes nothing: it exists so schema_migrations reads the same on both
// engines and PostgreSQL's 041 has its row (db/postgres/openPostgres.ts).
// Released SQL: change it only through a new migration.
export const collectorsShareState: Migration = {
  version: 41,
  name: 'state many collectors share (PostgreSQL only)',
  sql: `-- nothing on SQLite: one process`,
};
