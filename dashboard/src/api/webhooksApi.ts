import type { CreatedWebhook, DeliveryList, DestinationKind, EventType, QueuedEvents, Webhook, WebhookFilters, WebhookList } from '../../../shared/schemas/webhook.ts';
import { apiRequest } from './client.ts';

function webhooksPath(siteKey: string, id?: number, action?: string): string {
  const base = `/api/sites/${encodeURIComponent(siteKey)}/webhooks`;
  return [base, id, action].filter((part) => part !== undefined).join('/');
}

export interface NewWebhook {
  url: string;
  kind: DestinationKind;
  events: EventType[];
  filters: WebhookFilters;
  includeText: boolean;
}

export function listWebhooks(siteKey: string, signal?: AbortSignal): Promise<WebhookList> {
  return apiRequest<WebhookList>(webhooksPath(siteKey), { signal });
}

/** Answers the signing secret: the only time it is shown. */
export function createWebhook(siteKey: string, webhook: NewWebhook): Promise<CreatedWebhook> {
  return apiRequest<CreatedWebhook>(webhooksPath(siteKey), { method: 'POST', body: webhook });
}

export function setWebhookDisabled(siteKey: string, id: number, disabled: boolean): Promise<Webhook> {
  return apiRequest<Webhook>(webhooksPath(siteKey, id), { method: 'PATCH', body: { disabled } });
}

export async function deleteWebhook(siteKey: string, id: number): Promise<void> {
  await apiRequest<void>(webhooksPath(siteKey, id), { method: 'DELETE' });
}

export function listDeliveries(siteKey: string, id: number, signal?: AbortSignal): Promise<DeliveryList> {
  return apiRequest<DeliveryList>(webhooksPath(siteKey, id, 'deliveries'), { signal });
}

export function sendTestEvent(siteKey: string, id: number): Promise<QueuedEvents> {
  return apiRequest<QueuedEvents>(webhooksPath(siteKey, id, 'test'), { method: 'POST' });
}

/** These events again, or every failed delivery when none are named. */
export function replayDeliveries(siteKey: string, id: number, eventIds?: string[]): Promise<QueuedEvents> {
  return apiRequest<QueuedEvents>(webhooksPath(siteKey, id, 'replay'), { method: 'POST', body: eventIds ? { eventIds } : {} });
}
