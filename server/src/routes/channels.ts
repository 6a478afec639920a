import { Hono } from 'hono';
import { channelsQuerySchema } from '../../../shared/schemas/channels.ts';
import type { RouteDeps } from '../appContext.ts';
import { jsonText } from '../http/jsonText.ts';
import { requireSite } from '../http/params/requireSite.ts';
import { validate } from '../http/validate.ts';

/** `GET /api/sites/:siteKey/channels?…filters` (all but `channel`): each touchpoint's score per channel against the web's. */
export function channelRoutes({ db, config, views }: RouteDeps) {
  return new Hono().get('/:siteKey/channels', async (c) => {
    const site = requireSite(db, c.req.param('siteKey'));
    const query = validate(channelsQuerySchema, c.req.query());
    return jsonText(c, await views.run('channels', { site, query }, config.now()));
  });
}
