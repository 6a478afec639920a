import type { EventPayload } from '../../../../../shared/schemas/webhook.ts';
import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';

export interface DueDelivery {
  id: number;
  endpointId: number;
  eventId: string;
  tries: number;
  payload: EventPayload;
}

/**
 * Each enabled destination's oldest pending delivery, when it is due. Only the
 * oldest: a destination gets its events in order, so a later one waits while an
 * earlier one is being retried.
 */
export function dueDeliveries(db: Db, now: number): DueDelivery[] {
  const rows = statement(
    db,
    `SELECT d.id, d.endpoint_id AS endpointId, d.event_id AS eventId, d.tries, ev.payload, d.next_attempt_at AS nextAttemptAt
       FROM webhook_endpoints e
       JOIN webhook_deliveries d ON d.id = (SELECT min(id) FROM webhook_deliveries WHERE endpoint_id = e.id AND status = 'pending')
       JOIN webhook_events ev ON ev.id = d.event_id
      WHERE e.disabled_at IS NULL`,
  ).all() as (Omit<DueDelivery, 'payload'> & { payload: string; nextAttemptAt: number })[];
  return rows
    .filter((row) => row.nextAttemptAt <= now)
    .map(({ payload, nextAttemptAt: _, ...row }) => ({ ...row, payload: JSON.parse(payload) as EventPayload }));
}

/** When the relay next has something to do: the earliest retry among the destinations' oldest pending deliveries. */
export function nextAttemptAt(db: Db): number | undefined {
  return (
    (statement(
      db,
      `SELECT min(d.next_attempt_at)
         FROM webhook_endpoints e
         JOIN webhook_deliveries d ON d.id = (SELECT min(id) FROM webhook_deliveries WHERE endpoint_id = e.id AND status = 'pending')
        WHERE e.disabled_at IS NULL`,
    )
      .pluck()
      .get() as number | null) ?? undefined
  );
}
