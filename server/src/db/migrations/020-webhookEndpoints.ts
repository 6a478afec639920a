import type { Migration } from './Migration.ts';

// Migration 20: where a site's events go. Released SQL: change it only through a new migration.

/**
 * One row per destination (a signed webhook or a Slack incoming webhook).
 * `secret` is the `whsec_…` signing secret, kept so every attempt can be
 * signed; the API shows it once. After a rotation the old one stays in
 * `previous_secret` until `previous_secret_until`, and attempts carry both
 * signatures, so a receiver can switch without losing a delivery.
 * `disabled_at` stops new deliveries and the relay (410, the last attempt
 * failed, or an admin); pending deliveries wait for it to be enabled again.
 */
const WEBHOOK_ENDPOINTS_SQL = `
  CREATE TABLE webhook_endpoints (
    id INTEGER PRIMARY KEY,
    site_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('webhook', 'slack')),
    url TEXT NOT NULL,
    events TEXT NOT NULL,                 -- JSON array of event types
    filters TEXT NOT NULL DEFAULT '{}',   -- JSON, shared/schemas/webhook.ts
    include_text INTEGER NOT NULL DEFAULT 1,
    secret TEXT NOT NULL,
    previous_secret TEXT,
    previous_secret_until INTEGER,
    disabled_at INTEGER,
    disabled_reason TEXT,
    created_at INTEGER NOT NULL
  ) STRICT;
  CREATE INDEX webhook_endpoints_site ON webhook_endpoints(site_id);
`;

export const webhookEndpoints: Migration = {
  version: 20,
  name: 'webhook and Slack destinations',
  sql: WEBHOOK_ENDPOINTS_SQL,
};
