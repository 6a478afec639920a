import { createWebhookSchema, replaySchema, updateWebhookSchema } from '../../../../shared/schemas/webhook.ts';
import { createdWebhookSchema, deliveryListSchema, queuedEventsSchema, webhookListSchema, webhookSchema } from '../../../../shared/schemas/webhookAnswers.ts';
import type { ApiOperation } from '../apiOperation.ts';

const HOOK_PATH = '/api/sites/:siteKey/webhooks/:id';
const URL = 'https://hooks.shop.example/touchpoint';
const EVENTS = ['case.created', 'case.status_changed'];
const CREATED = { id: 3, url: URL, events: EVENTS, secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' };
const WEBHOOK = {
  id: 3,
  kind: 'webhook',
  url: URL,
  events: EVENTS,
  filters: { teams: ['engineering'] },
  includeText: false,
  disabled: false,
  disabledReason: null,
  createdAt: '2026-06-17T10:00:00.000Z',
  pending: 0,
  failed: 1,
};
const REFUSED_URL = { 400: 'The URL is not https, or its host resolves to a loopback, private, link-local or metadata address.' };

/** routes/webhooks.ts, routes/webhookDeliveries.ts; removal last, as the test sends them in order. */
export const webhookOperations: ApiOperation[] = [
  {
    method: 'get',
    path: '/api/sites/:siteKey/webhooks',
    tag: 'Webhooks',
    summary: 'The site’s destinations (signed webhooks and Slack), with their pending and failed deliveries; never the secret',
    answer: { status: 200, description: 'The destinations.', schema: webhookListSchema, example: { webhooks: [WEBHOOK] } },
  },
  {
    method: 'post',
    path: '/api/sites/:siteKey/webhooks',
    tag: 'Webhooks',
    summary: 'Add a destination: the events it gets, filters, whether payloads carry shopper-written text',
    body: { schema: createWebhookSchema, example: { url: URL, events: EVENTS, filters: { teams: ['engineering'] }, includeText: false } },
    answer: { status: 201, description: 'The destination with its signing secret, shown this once.', schema: createdWebhookSchema, example: CREATED },
    errors: REFUSED_URL,
  },
  {
    method: 'patch',
    path: HOOK_PATH,
    tag: 'Webhooks',
    summary: 'Change a destination; `disabled: false` turns it back on and resumes its pending deliveries',
    body: { schema: updateWebhookSchema, example: { events: [...EVENTS, 'case.overdue'], disabled: false } },
    answer: { status: 200, description: 'The destination as it now is.', schema: webhookSchema, example: WEBHOOK },
    errors: REFUSED_URL,
  },
  {
    method: 'post',
    path: `${HOOK_PATH}/rotate-secret`,
    tag: 'Webhooks',
    summary: 'A new signing secret; the old one keeps signing too for 24 hours',
    answer: { status: 201, description: 'The destination with its new secret, shown this once.', schema: createdWebhookSchema, example: CREATED },
  },
  {
    method: 'get',
    path: `${HOOK_PATH}/deliveries`,
    tag: 'Webhooks',
    summary: 'The delivery log: the latest 200 attempts, newest first, with status, latency and the answer’s start',
    answer: { status: 200, description: 'The attempts.', schema: deliveryListSchema },
  },
  {
    method: 'post',
    path: `${HOOK_PATH}/test`,
    tag: 'Webhooks',
    summary: 'Queue a signed `webhook.test` event for this destination',
    answer: { status: 202, description: 'The event queued; the relay sends it.', schema: queuedEventsSchema, example: { eventIds: ['evt_2Qm8xK4pLr7T'] } },
    errors: { 409: 'The destination is disabled.' },
  },
  {
    method: 'post',
    path: `${HOOK_PATH}/replay`,
    tag: 'Webhooks',
    summary: 'Send events again with their original bodies: those named, or every failed delivery',
    body: { schema: replaySchema, example: { eventIds: ['evt_2Qm8xK4pLr7T'] } },
    answer: { status: 202, description: 'The events queued again.', schema: queuedEventsSchema, example: { eventIds: ['evt_2Qm8xK4pLr7T'] } },
  },
  {
    method: 'delete',
    path: HOOK_PATH,
    tag: 'Webhooks',
    summary: 'Remove a destination and its delivery log',
    answer: { status: 204, description: 'Removed.' },
  },
];
