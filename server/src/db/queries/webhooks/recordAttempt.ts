import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { write } from '../../write.ts';

export interface AttemptRecord {
  deliveryId: number;
  at: number;
  outcome: 'delivered' | 'failed';
  httpStatus?: number;
  latencyMs?: number;
  error?: string;
  responseExcerpt?: string;
  /** After a failure: when to try again, or undefined when this was the last attempt. */
  nextAttemptAt?: number;
}

/**
 * Logs an attempt and moves its delivery on in one transaction: delivered,
 * failed for good, or pending with its next time. A delivery deleted meanwhile
 * (its destination was removed) is left alone.
 */
export function recordAttempt(db: Db, record: AttemptRecord): void {
  write(db, () => {
    const status = record.outcome === 'delivered' ? 'delivered' : record.nextAttemptAt === undefined ? 'failed' : 'pending';
    const changed = statement(
      db,
      `UPDATE webhook_deliveries SET status = @status, tries = tries + 1, next_attempt_at = @next WHERE id = @id`,
    ).run({ id: record.deliveryId, status, next: status === 'pending' ? record.nextAttemptAt : null }).changes;
    if (changed === 0) return;
    statement(
      db,
      `INSERT INTO webhook_attempts (delivery_id, attempt, at, outcome, http_status, latency_ms, error, response_excerpt)
       VALUES (@deliveryId, (SELECT coalesce(max(attempt), 0) + 1 FROM webhook_attempts WHERE delivery_id = @deliveryId),
               @at, @outcome, @httpStatus, @latencyMs, @error, @responseExcerpt)`,
    ).run({
      deliveryId: record.deliveryId,
      at: record.at,
      outcome: record.outcome,
      httpStatus: record.httpStatus ?? null,
      latencyMs: record.latencyMs ?? null,
      error: record.error ?? null,
      responseExcerpt: record.responseExcerpt ?? null,
    });
  });
}
