import { z } from 'zod';
import { LIMITS } from '../limits.ts';
import { reasonCategorySchema } from './journey.ts';

// Destinations (signed webhooks and Slack incoming webhooks) and the events
// they receive: what `/api/sites/:siteKey/webhooks…` accepts and answers, and
// the body every delivery carries (version 1, README "Webhooks and alerts").

/** Every event a destination can ask for; `webhook.test` is only sent by "send test event". */
export const EVENT_TYPES = [
  'feedback.created',
  'case.created',
  'case.assigned',
  'case.status_changed',
  'case.overdue',
  'problem.flagged',
  'digest.weekly',
] as const;
export type EventType = (typeof EVENT_TYPES)[number] | 'webhook.test';

export const DESTINATION_KINDS = ['webhook', 'slack'] as const;
export type DestinationKind = (typeof DESTINATION_KINDS)[number];

const keyList = z.array(z.string().trim().min(1).max(LIMITS.id)).max(50);

/**
 * Which events of the chosen types reach a destination; each filter left out
 * lets everything through. `touchpoints`: touchpoint keys (by the event's page);
 * `ratings`: 1–5, feedback without a rating does not pass; `teams`: team keys of
 * the event's case.
 */
export const webhookFiltersSchema = z.strictObject({
  touchpoints: keyList.optional(),
  reasonCategories: z.array(reasonCategorySchema).max(20).optional(),
  ratings: z.array(z.number().int().min(1).max(5)).max(5).optional(),
  teams: keyList.optional(),
});
export type WebhookFilters = z.infer<typeof webhookFiltersSchema>;

const urlSchema = z.string().trim().max(LIMITS.url).pipe(z.url({ protocol: /^https?$/ }));
const eventsSchema = z.array(z.enum(EVENT_TYPES)).min(1).max(EVENT_TYPES.length);

/** `POST /api/sites/:siteKey/webhooks`. `includeText` (default true): shopper-written text (comments, other reasons, contact e-mail) in payloads. */
export const createWebhookSchema = z.strictObject({
  url: urlSchema,
  events: eventsSchema,
  filters: webhookFiltersSchema.optional(),
  kind: z.enum(DESTINATION_KINDS).optional(),
  includeText: z.boolean().optional(),
});

/** `PATCH …/webhooks/:id`: any of these; `disabled: false` turns a destination back on and resumes its pending deliveries. */
export const updateWebhookSchema = z
  .strictObject({
    url: urlSchema.optional(),
    events: eventsSchema.optional(),
    filters: webhookFiltersSchema.optional(),
    includeText: z.boolean().optional(),
    disabled: z.boolean().optional(),
  })
  .refine((v) => Object.keys(v).length > 0, 'send at least one field');

/** `POST …/webhooks/:id/replay`: these events, or every failed delivery. */
export const replaySchema = z.strictObject({ eventIds: z.array(z.string().min(1).max(LIMITS.id)).min(1).max(1000).optional() });

/** The 201 of a creation or rotation: the only time the secret is shown. */
export interface CreatedWebhook {
  id: number;
  url: string;
  events: EventType[];
  secret: string;
}

export interface Webhook {
  id: number;
  kind: DestinationKind;
  url: string;
  events: EventType[];
  filters: WebhookFilters;
  includeText: boolean;
  disabled: boolean;
  disabledReason: string | null;
  createdAt: string;
  pending: number;
  failed: number;
}

export interface WebhookList {
  webhooks: Webhook[];
}

export type DeliveryStatus = 'pending' | 'delivered' | 'failed';

/** One attempt (or a delivery not yet attempted: `attempt` 0), newest first. */
export interface Delivery {
  eventId: string;
  type: EventType;
  attempt: number;
  status: DeliveryStatus;
  httpStatus: number | null;
  at: string | null;
  nextAttemptAt: string | null;
  latencyMs: number | null;
  error: string | null;
  responseExcerpt: string | null;
}

export interface DeliveryList {
  deliveries: Delivery[];
}

export interface QueuedEvents {
  eventIds: string[];
}

/**
 * Every body sent, version 1: the same bytes on every attempt and replay.
 * Fields may be added to `data`; a change that removes or retypes one gets
 * new schemas (V2) and is announced in the README first.
 */
export interface EventPayload<D = Record<string, unknown>> {
  id: string;
  type: EventType;
  createdAt: string;
  site: string;
  data: D;
}

/** `feedback.created`'s data (v1): the stored row as the export shows it. */
export const feedbackDataV1Schema = z.looseObject({
  id: z.string(),
  type: z.string(),
  path: z.string().nullable().optional(),
  rating: z.number().nullable().optional(),
  reason: z.string().nullable().optional(),
  comment: z.string().nullable().optional(),
  createdAt: z.string(),
});

/** The envelope (v1), for receivers that validate what they get. */
export const eventPayloadV1Schema = z.strictObject({
  id: z.string(),
  type: z.enum([...EVENT_TYPES, 'webhook.test']),
  createdAt: z.string(),
  site: z.string(),
  data: z.record(z.string(), z.unknown()),
});
