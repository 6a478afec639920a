import Database from 'better-sqlite3';

/** Opens a database file read-only and runs `PRAGMA integrity_check`; 'ok' or the problems found. */
export function integrityOf(file: string): string {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const problems = db.pragma('integrity_check', { simple: false }) as { integrity_check: string }[];
    return problems.map((p) => p.integrity_check).join('; ');
  } finally {
    db.close();
  }
}
