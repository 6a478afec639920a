import { SITES_STAMP_SQL } from '../queries/sites/findSiteByKeyCached.ts';

/**
 * Statements that are SQLite's own (pragmas, SQLite-only functions), each with
 * its PostgreSQL form written by hand; translateSql.ts takes these as they are.
 */
export const POSTGRES_FORMS = new Map<string, string>([
  // A sequence the sites trigger moves (migrations/postgres/compatFunctions.ts): sequences are seen by
  // every connection at once, outside transactions, as SQLite's data_version is.
  [SITES_STAMP_SQL, 'SELECT 0 AS changes, last_value AS version FROM sites_changes'],
]);
