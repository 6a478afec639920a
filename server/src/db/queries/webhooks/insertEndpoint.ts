import type { DestinationKind, EventType, WebhookFilters } from '../../../../../shared/schemas/webhook.ts';
import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { write } from '../../write.ts';
import { skipFeedbackBacklog } from './eventCursors.ts';

export interface NewEndpoint {
  siteId: number;
  kind: DestinationKind;
  url: string;
  events: EventType[];
  filters: WebhookFilters;
  includeText: boolean;
  secret: string;
  createdAt: number;
}

/** Stores a destination; returns its id. */
export function insertEndpoint(db: Db, endpoint: NewEndpoint): number {
  return write(db, () => {
    if (endpoint.events.includes('feedback.created')) skipFeedbackBacklog(db);
    return statement(
      db,
      `INSERT INTO webhook_endpoints (site_id, kind, url, events, filters, include_text, secret, created_at)
       VALUES (@siteId, @kind, @url, @events, @filters, @includeText, @secret, @createdAt) RETURNING id`,
    )
      .pluck()
      .get({
        ...endpoint,
        events: JSON.stringify(endpoint.events),
        filters: JSON.stringify(endpoint.filters),
        includeText: endpoint.includeText ? 1 : 0,
      }) as number;
  });
}
