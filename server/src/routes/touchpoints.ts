import { Hono } from 'hono';
import { touchpointMapSchema, type TouchpointMap } from '../../../shared/schemas/touchpoint.ts';
import type { AppDeps } from '../appContext.ts';
import { replaceTouchpointMap } from '../db/queries/sites/replaceTouchpointMap.ts';
import { readJsonBody } from '../http/readJsonBody.ts';
import { validate } from '../http/validate.ts';
import { loadTouchpointMap } from '../insight/loadTouchpointMap.ts';
import { requireSite } from '../http/params/requireSite.ts';

/**
 * `GET|PUT /api/sites/:siteKey/touchpoints`: the stage names and the ordered
 * touchpoint list. PUT replaces the whole map and answers it as stored.
 */
export function touchpointRoutes({ db }: AppDeps) {
  return new Hono()
    .get('/:siteKey/touchpoints', (c) => {
      const site = requireSite(db, c.req.param('siteKey'));
      return c.json(loadTouchpointMap(db, site.id) satisfies TouchpointMap);
    })
    .put('/:siteKey/touchpoints', async (c) => {
      const site = requireSite(db, c.req.param('siteKey'));
      const map = validate(touchpointMapSchema, await readJsonBody(c));
      replaceTouchpointMap(db, site.id, map);
      return c.json(loadTouchpointMap(db, site.id) satisfies TouchpointMap);
    });
}
