import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { write } from '../../write.ts';

/**
 * At start, imports left reading or storing by a stop or crash are failed:
 * their rows were staged or stored in one transaction that never committed,
 * so nothing of them is in the views, and a failed import can be started
 * again from the dashboard instead of showing a bar that never moves.
 * Returns how many there were.
 */
export function failInterruptedImports(db: Db, now: number): number {
  return write(db, () => {
    statement(db, `DELETE FROM import_staged_rows WHERE import_id IN (SELECT id FROM imports WHERE status IN ('reading', 'storing'))`).run();
    return statement(
      db,
      `UPDATE imports SET status = 'failed', failure = 'The collector stopped during the import; nothing was imported. Start it again.', finished_at = ?
       WHERE status IN ('reading', 'storing')`,
    ).run(now).changes;
  });
}
