import type { EventType, WebhookFilters } from '../../../../../shared/schemas/webhook.ts';
import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { write } from '../../write.ts';
import { skipFeedbackBacklog } from './eventCursors.ts';

export interface EndpointChanges {
  url?: string;
  events?: EventType[];
  filters?: WebhookFilters;
  includeText?: boolean;
  disabled?: boolean;
}

/** Applies an admin's changes; enabling clears the reason it was disabled and lets its pending deliveries go. */
export function updateEndpoint(db: Db, id: number, changes: EndpointChanges, now: number): void {
  write(db, () => {
    if (changes.events?.includes('feedback.created') || changes.disabled === false) skipFeedbackBacklog(db);
    statement(
      db,
      `UPDATE webhook_endpoints SET
         url = coalesce(@url, url),
         events = coalesce(@events, events),
         filters = coalesce(@filters, filters),
         include_text = coalesce(@includeText, include_text),
         disabled_at = CASE @disabled WHEN 1 THEN coalesce(disabled_at, @now) WHEN 0 THEN NULL ELSE disabled_at END,
         disabled_reason = CASE @disabled WHEN 1 THEN coalesce(disabled_reason, 'disabled by an admin') WHEN 0 THEN NULL ELSE disabled_reason END
       WHERE id = @id`,
    ).run({
      id,
      now,
      url: changes.url ?? null,
      events: changes.events ? JSON.stringify(changes.events) : null,
      filters: changes.filters ? JSON.stringify(changes.filters) : null,
      includeText: changes.includeText === undefined ? null : changes.includeText ? 1 : 0,
      disabled: changes.disabled === undefined ? null : changes.disabled ? 1 : 0,
    });
    // A destination turned back on starts its waiting deliveries now, not at the hour its schedule had reached.
    if (changes.disabled === false) {
      statement(db, `UPDATE webhook_deliveries SET next_attempt_at = @now WHERE endpoint_id = @id AND status = 'pending'`).run({ id, now });
    }
  });
}

/** The relay's verdict: 410 Gone, or the last attempt of the schedule failed. */
export function disableEndpoint(db: Db, id: number, reason: string, now: number): void {
  write(db, () => {
    statement(db, 'UPDATE webhook_endpoints SET disabled_at = ?, disabled_reason = ? WHERE id = ? AND disabled_at IS NULL').run(now, reason, id);
  });
}

/** Deletes a destination with its deliveries and their attempts. */
export function deleteEndpoint(db: Db, siteId: number, id: number): boolean {
  return write(db, () => statement(db, 'DELETE FROM webhook_endpoints WHERE id = ? AND site_id = ?').run(id, siteId).changes === 1);
}

/** A new secret; the current one signs too until `until` (24 h), so receivers can switch without a gap. */
export function rotateEndpointSecret(db: Db, id: number, secret: string, until: number): void {
  write(db, () => {
    statement(
      db,
      `UPDATE webhook_endpoints SET previous_secret = secret, previous_secret_until = @until, secret = @secret WHERE id = @id`,
    ).run({ id, secret, until });
  });
}
