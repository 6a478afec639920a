import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';

export interface Announcement {
  impact: number;
  announcedAt: number;
}

export function lastAnnouncement(db: Db, siteId: number, kind: string, key: string): Announcement | undefined {
  return statement(db, 'SELECT impact, announced_at AS announcedAt FROM problem_announcements WHERE site_id = ? AND kind = ? AND key = ?').get(
    siteId,
    kind,
    key,
  ) as Announcement | undefined;
}

/** Runs inside the write that queues the announcement's event. */
export function recordAnnouncement(db: Db, siteId: number, kind: string, key: string, impact: number, now: number): void {
  statement(
    db,
    `INSERT INTO problem_announcements (site_id, kind, key, impact, announced_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (site_id, kind, key) DO UPDATE SET impact = excluded.impact, announced_at = excluded.announced_at`,
  ).run(siteId, kind, key, impact, now);
}

/** Sites with an enabled destination for this event type: the only ones worth the work. */
export function sitesWanting(db: Db, type: string): number[] {
  return statement(
    db,
    `SELECT DISTINCT site_id FROM webhook_endpoints, json_each(webhook_endpoints.events)
      WHERE disabled_at IS NULL AND json_each.value = ?`,
  )
    .pluck()
    .all(type) as number[];
}
