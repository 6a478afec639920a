import type { Migration } from './Migration.ts';

// Migration 31: imports of other channels' exports (CSV, XLSX). A site's saved
// column mappings, reused for next month's file; each import's progress and
// report; its valid rows staged until the whole file is read, so they are
// stored in one transaction (all or none) without holding the file in memory;
// and its invalid rows, each with its line and reason.
// Released SQL: change it only through a new migration.
export const imports: Migration = {
  version: 31,
  name: 'imports, saved mappings, staged rows',
  sql: `
  CREATE TABLE import_mappings (
    site_id    INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    name       TEXT NOT NULL,
    mapping    TEXT NOT NULL,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (site_id, name)
  ) WITHOUT ROWID;

  CREATE TABLE imports (
    id           TEXT PRIMARY KEY,
    site_id      INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    file_name    TEXT NOT NULL,
    file_path    TEXT NOT NULL,
    format       TEXT NOT NULL CHECK (format IN ('csv', 'xlsx')),
    size         INTEGER NOT NULL,
    columns      TEXT NOT NULL DEFAULT '[]',
    status       TEXT NOT NULL DEFAULT 'uploaded' CHECK (status IN ('uploaded', 'reading', 'storing', 'done', 'failed')),
    mode         TEXT CHECK (mode IN ('all-or-nothing', 'valid-only')),
    mapping      TEXT,
    bytes_read   INTEGER NOT NULL DEFAULT 0,
    rows_read    INTEGER NOT NULL DEFAULT 0,
    rows_valid   INTEGER NOT NULL DEFAULT 0,
    error_count  INTEGER NOT NULL DEFAULT 0,
    inserted     INTEGER NOT NULL DEFAULT 0,
    duplicates   INTEGER NOT NULL DEFAULT 0,
    failure      TEXT,
    created_at   INTEGER NOT NULL,
    finished_at  INTEGER
  );
  CREATE INDEX imports_site ON imports (site_id, created_at);

  CREATE TABLE import_staged_rows (
    import_id TEXT NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
    line      INTEGER NOT NULL,
    row       TEXT NOT NULL,
    PRIMARY KEY (import_id, line)
  ) WITHOUT ROWID;

  CREATE TABLE import_errors (
    import_id TEXT NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
    line      INTEGER NOT NULL,
    code      TEXT NOT NULL,
    message   TEXT NOT NULL,
    PRIMARY KEY (import_id, line, code)
  ) WITHOUT ROWID;
`,
};
