import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { CopyRefused } from './CopyRefused.ts';

/** A table of the SQLite file as the copy reads it: its columns, and the key it is read in order of. */
export interface SourceTable {
  name: string;
  columns: string[];
  /** `rowid` for an ordinary table (its b-tree's order, an index seek per batch), else the primary key's columns. */
  key: string[];
  /** The high-water mark of an AUTOINCREMENT table (sqlite_sequence): ids above deleted rows are never reused. */
  autoincrementSeq?: bigint;
}

interface SourceSnapshot {
  db: Database.Database;
  /** The schema versions applied (schema_migrations). */
  versions: number[];
  /** Every table to copy: read from the file, so a new migration's table is never forgotten. */
  tables: SourceTable[];
  /** True when another connection committed since the snapshot was taken: those rows are not in the copy. */
  changedSince(): boolean;
  close(): void;
}

// schema_migrations is not copied: the target's own migrations wrote it, and the versions are compared instead.
const NOT_COPIED = new Set(['schema_migrations']);

/**
 * Opens the SQLite file read-only and starts one read transaction that the whole
 * copy reads through: a consistent snapshot while the collector may keep
 * writing (WAL). A second connection watches data_version, which moves when
 * anyone else commits, so the copy can say that it missed rows.
 */
export function openSourceSnapshot(file: string): SourceSnapshot {
  if (!existsSync(file)) throw new CopyRefused(`${file}: no such file`);
  const db = new Database(file, { readonly: true, fileMustExist: true });
  const watcher = new Database(file, { readonly: true, fileMustExist: true });
  const dataVersion = () => watcher.pragma('data_version', { simple: true }) as number;
  try {
    db.exec('BEGIN');
    // The first read fixes the snapshot.
    const versions = db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all() as number[];
    const startVersion = dataVersion();
    return {
      db,
      versions,
      tables: readTables(db),
      changedSince: () => dataVersion() !== startVersion,
      close() {
        if (db.inTransaction) db.exec('ROLLBACK');
        db.close();
        watcher.close();
      },
    };
  } catch (error) {
    db.close();
    watcher.close();
    if (error instanceof Error && /no such table: schema_migrations/.test(error.message)) {
      throw new CopyRefused(`${file} is not a Touchpoint database (no schema_migrations table)`);
    }
    throw error;
  }
}

function readTables(db: Database.Database): SourceTable[] {
  const listed = db
    .prepare("SELECT name, wr FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")
    .all() as { name: string; wr: number }[];
  const sequences = readSequences(db);
  return listed
    .filter(({ name }) => !NOT_COPIED.has(name))
    .map(({ name, wr }) => {
      const info = db.prepare('SELECT name, pk FROM pragma_table_info(?) ORDER BY cid').all(name) as { name: string; pk: number }[];
      const primaryKey = info.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => c.name);
      const seq = sequences.get(name);
      return { name, columns: info.map((c) => c.name), key: wr ? primaryKey : ['rowid'], ...(seq === undefined ? {} : { autoincrementSeq: seq }) };
    });
}

function readSequences(db: Database.Database): Map<string, bigint> {
  const exists = db.prepare("SELECT 1 FROM sqlite_schema WHERE name = 'sqlite_sequence'").get();
  if (!exists) return new Map();
  const rows = db.prepare('SELECT name, seq FROM sqlite_sequence').safeIntegers(true).all() as { name: string; seq: bigint }[];
  return new Map(rows.map((r) => [r.name, r.seq]));
}
