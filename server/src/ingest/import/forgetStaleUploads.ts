import { rmSync } from 'node:fs';
import type { Db } from '../../db/openDatabase.ts';
import { statement } from '../../db/statement.ts';
import { write } from '../../db/write.ts';

/** How long an uploaded file waits to be imported (or started again after a failure) before it is deleted. */
export const UPLOAD_KEPT_MS = 86_400_000;

/**
 * Deletes the files uploaded for import that were never imported, a day on:
 * they hold customers' words and contact details outside the database, where
 * retention and site deletion cannot reach them. The import's row and report
 * go with them; a done import keeps its report (its file went when it was
 * stored). Returns how many went.
 */
export function forgetStaleUploads(db: Db, now: number): number {
  const stale = statement(db, `SELECT id, file_path AS filePath FROM imports WHERE status IN ('uploaded', 'failed') AND created_at < ?`).all(
    now - UPLOAD_KEPT_MS,
  ) as { id: string; filePath: string }[];
  for (const { id, filePath } of stale) {
    rmSync(filePath, { force: true });
    write(db, () => statement(db, 'DELETE FROM imports WHERE id = ?').run(id));
  }
  return stale.length;
}
