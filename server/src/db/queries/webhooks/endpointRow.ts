import type { DestinationKind, EventType, Webhook, WebhookFilters } from '../../../../../shared/schemas/webhook.ts';

export interface EndpointRow {
  id: number;
  site_id: number;
  kind: DestinationKind;
  url: string;
  events: string;
  filters: string;
  include_text: number;
  secret: string;
  previous_secret: string | null;
  previous_secret_until: number | null;
  disabled_at: number | null;
  disabled_reason: string | null;
  created_at: number;
}

/** What the relay and the event fan-out need of a destination. */
export interface Endpoint {
  id: number;
  siteId: number;
  kind: DestinationKind;
  url: string;
  events: EventType[];
  filters: WebhookFilters;
  includeText: boolean;
  secret: string;
  previousSecret: string | null;
  previousSecretUntil: number | null;
  disabled: boolean;
  disabledReason: string | null;
  createdAt: number;
}

export function toEndpoint(row: EndpointRow): Endpoint {
  return {
    id: row.id,
    siteId: row.site_id,
    kind: row.kind,
    url: row.url,
    events: JSON.parse(row.events) as EventType[],
    filters: JSON.parse(row.filters) as WebhookFilters,
    includeText: row.include_text === 1,
    secret: row.secret,
    previousSecret: row.previous_secret,
    previousSecretUntil: row.previous_secret_until,
    disabled: row.disabled_at !== null,
    disabledReason: row.disabled_reason,
    createdAt: row.created_at,
  };
}

/** The API's view: never the secret. */
export function toWebhook(endpoint: Endpoint, counts: { pending: number; failed: number }): Webhook {
  return {
    id: endpoint.id,
    kind: endpoint.kind,
    url: endpoint.url,
    events: endpoint.events,
    filters: endpoint.filters,
    includeText: endpoint.includeText,
    disabled: endpoint.disabled,
    disabledReason: endpoint.disabledReason,
    createdAt: new Date(endpoint.createdAt).toISOString(),
    pending: counts.pending,
    failed: counts.failed,
  };
}
