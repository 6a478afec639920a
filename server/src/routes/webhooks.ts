import { Hono } from 'hono';
import { createWebhookSchema, updateWebhookSchema, type CreatedWebhook, type WebhookList } from '../../../shared/schemas/webhook.ts';
import type { AppDeps } from '../appContext.ts';
import { insertEndpoint } from '../db/queries/webhooks/insertEndpoint.ts';
import { listEndpoints } from '../db/queries/webhooks/listEndpoints.ts';
import { deleteEndpoint, rotateEndpointSecret, updateEndpoint } from '../db/queries/webhooks/updateEndpoint.ts';
import { ApiError } from '../http/ApiError.ts';
import { readJsonBody } from '../http/readJsonBody.ts';
import { validate } from '../http/validate.ts';
import { newWebhookSecret } from '../webhooks/secret.ts';
import { checkTarget } from '../webhooks/targetGuard.ts';
import { requireEndpoint } from '../http/params/requireEndpoint.ts';
import { requireSite } from '../http/params/requireSite.ts';

/** How long the old secret keeps signing after a rotation. */
const ROTATION_OVERLAP_MS = 24 * 3_600_000;

/**
 * `/api/sites/:siteKey/webhooks`: a site's destinations (admins). The signing
 * secret is answered only by the 201 that creates it (or rotates it).
 */
export function webhookRoutes({ db, config }: AppDeps) {
  const allowPrivate = config.allowPrivateWebhooks ?? false;
  const refuseTarget = async (url: string) => {
    const refused = await checkTarget(url, allowPrivate);
    if (refused) throw new ApiError(400, 'invalid_payload', `The webhook URL ${refused}.`, [{ path: 'url', message: refused }]);
  };
  return new Hono()
    .get('/:siteKey/webhooks', (c) => {
      const site = requireSite(db, c.req.param('siteKey'));
      return c.json({ webhooks: listEndpoints(db, site.id) } satisfies WebhookList);
    })
    .post('/:siteKey/webhooks', async (c) => {
      const site = requireSite(db, c.req.param('siteKey'));
      const input = validate(createWebhookSchema, await readJsonBody(c));
      await refuseTarget(input.url);
      const secret = newWebhookSecret();
      const id = insertEndpoint(db, {
        siteId: site.id,
        kind: input.kind ?? 'webhook',
        url: input.url,
        events: input.events,
        filters: input.filters ?? {},
        includeText: input.includeText ?? true,
        secret,
        createdAt: config.now(),
      });
      c.header('Cache-Control', 'no-store');
      return c.json({ id, url: input.url, events: input.events, secret } satisfies CreatedWebhook, 201);
    })
    .patch('/:siteKey/webhooks/:id', async (c) => {
      const site = requireSite(db, c.req.param('siteKey'));
      const endpoint = requireEndpoint(db, site.id, c.req.param('id'));
      const changes = validate(updateWebhookSchema, await readJsonBody(c));
      if (changes.url) await refuseTarget(changes.url);
      updateEndpoint(db, endpoint.id, changes, config.now());
      const updated = listEndpoints(db, site.id).find((w) => w.id === endpoint.id);
      return c.json(updated);
    })
    .delete('/:siteKey/webhooks/:id', (c) => {
      const site = requireSite(db, c.req.param('siteKey'));
      const endpoint = requireEndpoint(db, site.id, c.req.param('id'));
      deleteEndpoint(db, site.id, endpoint.id);
      return c.body(null, 204);
    })
    .post('/:siteKey/webhooks/:id/rotate-secret', (c) => {
      const site = requireSite(db, c.req.param('siteKey'));
      const endpoint = requireEndpoint(db, site.id, c.req.param('id'));
      const secret = newWebhookSecret();
      rotateEndpointSecret(db, endpoint.id, secret, config.now() + ROTATION_OVERLAP_MS);
      c.header('Cache-Control', 'no-store');
      return c.json({ id: endpoint.id, url: endpoint.url, events: endpoint.events, secret } satisfies CreatedWebhook, 201);
    });
}
