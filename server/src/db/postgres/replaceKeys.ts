/**
 * The key each table written by `INSERT OR REPLACE` conflicts on, which
 * PostgreSQL's ON CONFLICT must name (SQLite replaces on any unique key).
 * A new `INSERT OR REPLACE` on another table fails loudly until it is added here.
 */
export const REPLACE_KEYS: Record<string, string[]> = {
  rating_days_recounts: ['site_id'],
  zone_rules_synced: ['id'],
  import_staged_rows: ['import_id', 'line'],
};
