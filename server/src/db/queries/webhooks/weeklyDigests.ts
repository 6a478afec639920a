import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';

/** Marks the week's digest sent; false when it already was (runs in the write that queues it). */
export function claimWeeklyDigest(db: Db, siteId: number, weekStart: number, now: number): boolean {
  return (
    statement(db, 'INSERT INTO weekly_digests (site_id, week_start, sent_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING').run(siteId, weekStart, now)
      .changes === 1
  );
}
