import { z } from 'zod';
import type { Same } from './sameShape.ts';
import type { CreatedWebhook, Delivery, DeliveryList, QueuedEvents, Webhook, WebhookList } from './webhook.ts';
import { DESTINATION_KINDS, EVENT_TYPES, webhookFiltersSchema } from './webhook.ts';

// The webhook answers as zod schemas, for the OpenAPI document; the checks at
// the bottom keep them equal to the interfaces the server and dashboard use.

const eventTypeSchema = z.enum([...EVENT_TYPES, 'webhook.test']);

export const createdWebhookSchema = z.object({ id: z.number().int(), url: z.string(), events: z.array(eventTypeSchema), secret: z.string() });

export const webhookSchema = z.object({
  id: z.number().int(),
  kind: z.enum(DESTINATION_KINDS),
  url: z.string(),
  events: z.array(eventTypeSchema),
  filters: webhookFiltersSchema,
  includeText: z.boolean(),
  disabled: z.boolean(),
  disabledReason: z.string().nullable(),
  createdAt: z.string(),
  pending: z.number().int(),
  failed: z.number().int(),
});

export const webhookListSchema = z.object({ webhooks: z.array(webhookSchema) });

export const deliverySchema = z.object({
  eventId: z.string(),
  type: eventTypeSchema,
  attempt: z.number().int(),
  status: z.enum(['pending', 'delivered', 'failed']),
  httpStatus: z.number().int().nullable(),
  at: z.string().nullable(),
  nextAttemptAt: z.string().nullable(),
  latencyMs: z.number().nullable(),
  error: z.string().nullable(),
  responseExcerpt: z.string().nullable(),
});

export const deliveryListSchema = z.object({ deliveries: z.array(deliverySchema) });

export const queuedEventsSchema = z.object({ eventIds: z.array(z.string()) });

const agree: [
  Same<z.infer<typeof createdWebhookSchema>, CreatedWebhook>,
  Same<z.infer<typeof webhookSchema>, Webhook>,
  Same<z.infer<typeof webhookListSchema>, WebhookList>,
  Same<z.infer<typeof deliverySchema>, Delivery>,
  Same<z.infer<typeof deliveryListSchema>, DeliveryList>,
  Same<z.infer<typeof queuedEventsSchema>, QueuedEvents>,
] = [true, true, true, true, true, true];
void agree;
