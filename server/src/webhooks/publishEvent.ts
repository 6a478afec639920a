import type { EventPayload, EventType } from '../../../shared/schemas/webhook.ts';
import type { Db } from '../db/openDatabase.ts';
import { enabledEndpoints } from '../db/queries/webhooks/findEndpoint.ts';
import { insertEvent } from '../db/queries/webhooks/insertEvent.ts';
import { matchesFilters, type EventFacts } from './matchesFilters.ts';

export interface NewEvent {
  id: string;
  type: EventType;
  site: { id: number; key: string };
  data: Record<string, unknown>;
  facts?: EventFacts;
}

/**
 * Queues an event for every enabled destination of its site that asks for its
 * type and whose filters it passes (or only for `onlyEndpoint`: a test event).
 * Nothing is stored when nobody wants it. Returns whether it was queued; the
 * caller signals the relay (outboxSignal.ts) once its transaction commits.
 */
export function publishEvent(db: Db, event: NewEvent, now: number, onlyEndpoint?: number): boolean {
  const endpoints = enabledEndpoints(db, event.site.id).filter((endpoint) =>
    onlyEndpoint !== undefined
      ? endpoint.id === onlyEndpoint
      : matchesFilters(endpoint.events, endpoint.filters, event.type, event.facts ?? {}),
  );
  if (endpoints.length === 0) return false;
  const payload: EventPayload = {
    id: event.id,
    type: event.type,
    createdAt: new Date(now).toISOString(),
    site: event.site.key,
    data: event.data,
  };
  return insertEvent(
    db,
    event.site.id,
    payload,
    endpoints.map((endpoint) => endpoint.id),
    now,
  );
}
