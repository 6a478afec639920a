import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { write } from '../../write.ts';
import { VISITOR_DATA_TABLES } from '../../visitorData.ts';

/** Rows per transaction, so a big deletion never holds the write lock for long. */
const BATCH = 2000;

/** Deletes one response of a site; false when there was none. */
export function deleteResponse(db: Db, siteId: number, id: string): boolean {
  return write(db, () => statement(db, 'DELETE FROM responses WHERE site_id = ? AND id = ?').run(siteId, id).changes === 1);
}

/**
 * Deletes a site's visitor data created before `before` (ms) from every visitor
 * data table, a batch at a time, yielding between batches so requests are served
 * meanwhile, until done or `keepGoing()` says stop. Returns how many rows went.
 */
export async function deleteVisitorData(db: Db, siteId: number, before: number, keepGoing = () => true): Promise<number> {
  let deleted = 0;
  for (const table of VISITOR_DATA_TABLES) {
    const sql = `DELETE FROM ${table} WHERE rowid IN (
       SELECT rowid FROM ${table} WHERE site_id = ? AND created_at < ? LIMIT ${BATCH})`;
    for (;;) {
      if (!db.open || !keepGoing()) return deleted;
      const { changes } = write(db, () => statement(db, sql).run(siteId, before));
      deleted += changes;
      if (changes < BATCH) break;
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  return deleted;
}
