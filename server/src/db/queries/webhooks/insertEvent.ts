import type { EventPayload } from '../../../../../shared/schemas/webhook.ts';
import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { write } from '../../write.ts';

/**
 * Stores an event and its deliveries to `endpointIds` together: the outbox row
 * exists exactly when the event does. An id already stored adds nothing (a
 * drain that runs again after a crash derives the same ids).
 */
export function insertEvent(db: Db, siteId: number, payload: EventPayload, endpointIds: readonly number[], now: number): boolean {
  return write(db, () => {
    const stored =
      statement(db, 'INSERT INTO webhook_events (id, site_id, type, payload, created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING').run(
        payload.id,
        siteId,
        payload.type,
        JSON.stringify(payload),
        now,
      ).changes === 1;
    if (!stored) return false;
    const queue = statement(
      db,
      `INSERT INTO webhook_deliveries (endpoint_id, event_id, status, next_attempt_at, created_at) VALUES (?, ?, 'pending', ?, ?)`,
    );
    for (const endpointId of endpointIds) queue.run(endpointId, payload.id, now, now);
    return true;
  });
}
