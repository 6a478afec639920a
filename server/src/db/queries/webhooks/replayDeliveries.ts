import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { write } from '../../write.ts';

/**
 * Sends deliveries again from the start of the schedule, now: the given events
 * (whatever happened to them), or every failed one. Returns the event ids queued.
 */
export function replayDeliveries(db: Db, endpointId: number, eventIds: readonly string[] | undefined, now: number): string[] {
  return write(db, () => {
    const ids = eventIds
      ? eventIds.filter((id) => statement(db, 'SELECT 1 FROM webhook_deliveries WHERE endpoint_id = ? AND event_id = ?').get(endpointId, id))
      : (statement(db, `SELECT event_id FROM webhook_deliveries WHERE endpoint_id = ? AND status = 'failed' ORDER BY id`).pluck().all(endpointId) as string[]);
    const requeue = statement(
      db,
      `UPDATE webhook_deliveries SET status = 'pending', tries = 0, next_attempt_at = ? WHERE endpoint_id = ? AND event_id = ?`,
    );
    for (const id of ids) requeue.run(now, endpointId, id);
    return ids;
  });
}
