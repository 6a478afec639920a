import { Hono } from 'hono';
import { replaySchema, type DeliveryList, type QueuedEvents } from '../../../shared/schemas/webhook.ts';
import type { AppDeps } from '../appContext.ts';
import { deliveryLog } from '../db/queries/webhooks/deliveryLog.ts';
import { replayDeliveries } from '../db/queries/webhooks/replayDeliveries.ts';
import { ApiError } from '../http/ApiError.ts';
import { readJsonBody } from '../http/readJsonBody.ts';
import { validate } from '../http/validate.ts';
import { newEventId } from '../webhooks/eventId.ts';
import { outboxChanged } from '../webhooks/outboxSignal.ts';
import { publishEvent } from '../webhooks/publishEvent.ts';
import { requireEndpoint } from '../http/params/requireEndpoint.ts';
import { requireSite } from '../http/params/requireSite.ts';

/** Entries of the delivery log answered at most: the latest. */
const LOG_LIMIT = 200;

/**
 * A destination's delivery log, a signed test event, and replays: the
 * relay (webhooks/relay.ts) makes the attempts; these only read and queue.
 */
export function webhookDeliveryRoutes({ db, config }: AppDeps) {
  return new Hono()
    .get('/:siteKey/webhooks/:id/deliveries', (c) => {
      const site = requireSite(db, c.req.param('siteKey'));
      const endpoint = requireEndpoint(db, site.id, c.req.param('id'));
      return c.json({ deliveries: deliveryLog(db, endpoint.id, LOG_LIMIT) } satisfies DeliveryList);
    })
    .post('/:siteKey/webhooks/:id/test', (c) => {
      const site = requireSite(db, c.req.param('siteKey'));
      const endpoint = requireEndpoint(db, site.id, c.req.param('id'));
      if (endpoint.disabled) throw new ApiError(409, 'conflict', 'This webhook is disabled; enable it before sending a test event.');
      const id = newEventId();
      const now = config.now();
      publishEvent(db, { id, type: 'webhook.test', site, data: { message: 'A test event from Touchpoint.', webhookId: endpoint.id } }, now, endpoint.id);
      outboxChanged(db);
      return c.json({ eventIds: [id] } satisfies QueuedEvents, 202);
    })
    .post('/:siteKey/webhooks/:id/replay', async (c) => {
      const site = requireSite(db, c.req.param('siteKey'));
      const endpoint = requireEndpoint(db, site.id, c.req.param('id'));
      const { eventIds } = validate(replaySchema, await readJsonBody(c));
      const queued = replayDeliveries(db, endpoint.id, eventIds, config.now());
      outboxChanged(db);
      return c.json({ eventIds: queued } satisfies QueuedEvents, 202);
    });
}
