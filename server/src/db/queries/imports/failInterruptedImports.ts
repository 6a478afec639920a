import type { Db } from '../../openDatabase.ts';
import { aloneOrSkip } from '../../shared/aloneOrSkip.ts';
import { statement } from '../../statement.ts';
import { write } from '../../write.ts';

/**
 * The lock (db/shared/aloneOrSkip.ts) a collector holds while it runs an
 * import, so that another collector starting on the same database does not
 * take it for interrupted; a killed collector's lock goes with its connection.
 */
export function importLock(id: string): string {
  return `import ${id}`;
}

/**
 * At start, imports left reading or storing by a stop or crash are failed:
 * their rows were staged or stored in one transaction that never committed,
 * so nothing of them is in the views, and a failed import can be started
 * again from the dashboard instead of showing a bar that never moves. One
 * another collector is running (its lock held) is left alone.
 * Returns how many there were.
 */
export function failInterruptedImports(db: Db, now: number): number {
  const running = statement(db, `SELECT id FROM imports WHERE status IN ('reading', 'storing')`).pluck().all() as string[];
  let failed = 0;
  for (const id of running) failed += aloneOrSkip(db, importLock(id), () => failImport(db, id, now)) ?? 0;
  return failed;
}

function failImport(db: Db, id: string, now: number): number {
  return write(db, () => {
    statement(db, 'DELETE FROM import_staged_rows WHERE import_id = ?').run(id);
    return statement(
      db,
      `UPDATE imports SET status = 'failed', failure = 'The collector stopped during the import; nothing was imported. Start it again.', finished_at = ?
       WHERE id = ? AND status IN ('reading', 'storing')`,
    ).run(now, id).changes;
  });
}
