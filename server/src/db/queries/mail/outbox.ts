import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';

export interface PendingMail {
  id: number;
  to: string;
  from: string;
  subject: string;
  text: string;
  html: string | null;
  headers: Record<string, string>;
  attempts: number;
}

/** Mail due to be sent now, oldest first. */
export function listDueMail(db: Db, now: number, limit: number): PendingMail[] {
  const rows = statement(
    db,
    `SELECT id, to_address AS "to", from_address AS "from", subject, text, html, headers, attempts
       FROM mail_outbox WHERE status = 'pending' AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ?`,
  ).all(now, limit) as (Omit<PendingMail, 'headers'> & { headers: string })[];
  return rows.map((row) => ({ ...row, headers: JSON.parse(row.headers) as Record<string, string> }));
}

/** When the next pending mail is due; undefined when none waits. */
export function nextMailDue(db: Db): number | undefined {
  return (statement(db, `SELECT min(next_attempt_at) FROM mail_outbox WHERE status = 'pending'`).pluck().get() as number | null) ?? undefined;
}

/** Sent over SMTP (`sent`) or written as a file because none is configured (`written`). */
export function markMailDone(db: Db, id: number, outcome: { status: 'sent' | 'written'; file: string | null }, now: number): void {
  statement(db, `UPDATE mail_outbox SET status = ?, file = ?, sent_at = ?, attempts = attempts + 1, error = NULL WHERE id = ?`).run(
    outcome.status,
    outcome.file,
    now,
    id,
  );
}

/** A failed attempt: tried again at `retryAt`, or given up (`failed`) when that is null. */
export function markMailAttemptFailed(db: Db, id: number, error: string, retryAt: number | null): void {
  statement(
    db,
    `UPDATE mail_outbox SET attempts = attempts + 1, error = ?, status = CASE WHEN ? IS NULL THEN 'failed' ELSE status END,
            next_attempt_at = coalesce(?, next_attempt_at) WHERE id = ?`,
  ).run(error.slice(0, 500), retryAt, retryAt, id);
}
