import type { Delivery, DeliveryStatus, EventType } from '../../../../../shared/schemas/webhook.ts';
import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';

interface LogRow {
  eventId: string;
  type: EventType;
  attempt: number | null;
  status: DeliveryStatus;
  outcome: 'delivered' | 'failed' | null;
  httpStatus: number | null;
  at: number | null;
  nextAttemptAt: number | null;
  latencyMs: number | null;
  error: string | null;
  responseExcerpt: string | null;
  isLatest: number;
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/**
 * A destination's delivery log, newest first: every attempt, and each delivery
 * not yet attempted as attempt 0. An attempt's status is its own outcome,
 * except the latest of a delivery still being retried, which shows `pending`
 * with its next time.
 */
export function deliveryLog(db: Db, endpointId: number, limit: number): Delivery[] {
  const rows = statement(
    db,
    `SELECT d.event_id AS eventId, ev.type, a.attempt, d.status, a.outcome, a.http_status AS httpStatus, a.at,
            d.next_attempt_at AS nextAttemptAt, a.latency_ms AS latencyMs, a.error, a.response_excerpt AS responseExcerpt,
            (a.attempt IS NULL OR a.attempt = (SELECT max(attempt) FROM webhook_attempts WHERE delivery_id = d.id)) AS isLatest
       FROM webhook_deliveries d
       JOIN webhook_events ev ON ev.id = d.event_id
       LEFT JOIN webhook_attempts a ON a.delivery_id = d.id
      WHERE d.endpoint_id = ?
      ORDER BY coalesce(a.at, d.created_at) DESC, d.id DESC, a.attempt DESC
      LIMIT ?`,
  ).all(endpointId, limit) as LogRow[];
  return rows.map((row) => {
    const retrying = row.isLatest === 1 && row.status === 'pending';
    return {
      eventId: row.eventId,
      type: row.type,
      attempt: row.attempt ?? 0,
      status: retrying || row.outcome === null ? row.status : row.outcome,
      httpStatus: row.httpStatus,
      at: iso(row.at),
      nextAttemptAt: retrying ? iso(row.nextAttemptAt) : null,
      latencyMs: row.latencyMs,
      error: row.error,
      responseExcerpt: row.responseExcerpt,
    };
  });
}
