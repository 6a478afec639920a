import type { Migration } from './Migration.ts';

// Migration 22: the outbox and its attempts. Released SQL: change it only through a new migration.

/**
 * `webhook_deliveries` is the outbox: one row per (destination, event), written
 * in the transaction that stores the event, so an event can never exist
 * without its deliveries. Its id is the order of delivery per destination.
 * `tries` counts attempts since it was queued or replayed (the position in the
 * retry schedule); `webhook_attempts` keeps every attempt for the log.
 */
const WEBHOOK_DELIVERIES_SQL = `
  CREATE TABLE webhook_deliveries (
    id INTEGER PRIMARY KEY,
    endpoint_id INTEGER NOT NULL REFERENCES webhook_endpoints(id) ON DELETE CASCADE,
    event_id TEXT NOT NULL REFERENCES webhook_events(id) ON DELETE CASCADE,
    status TEXT NOT NULL CHECK (status IN ('pending', 'delivered', 'failed')),
    tries INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER,
    created_at INTEGER NOT NULL,
    UNIQUE (endpoint_id, event_id)
  ) STRICT;
  -- The relay's question: each destination's oldest pending delivery.
  CREATE INDEX webhook_deliveries_pending ON webhook_deliveries(endpoint_id, id) WHERE status = 'pending';
  CREATE INDEX webhook_deliveries_event ON webhook_deliveries(event_id);

  CREATE TABLE webhook_attempts (
    id INTEGER PRIMARY KEY,
    delivery_id INTEGER NOT NULL REFERENCES webhook_deliveries(id) ON DELETE CASCADE,
    attempt INTEGER NOT NULL,
    at INTEGER NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('delivered', 'failed')),
    http_status INTEGER,
    latency_ms INTEGER,
    error TEXT,
    response_excerpt TEXT
  ) STRICT;
  CREATE INDEX webhook_attempts_delivery ON webhook_attempts(delivery_id, attempt);
`;

export const webhookDeliveries: Migration = {
  version: 22,
  name: 'the delivery outbox and every attempt',
  sql: WEBHOOK_DELIVERIES_SQL,
};
