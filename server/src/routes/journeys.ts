import { Hono } from 'hono';
import { journeySchema, type JourneyList } from '../../../shared/schemas/journey.ts';
import type { AppDeps } from '../appContext.ts';
import { deleteJourney } from '../db/queries/journeys/deleteJourney.ts';
import { listJourneys } from '../db/queries/journeys/listJourneys.ts';
import { listUndeclaredJourneys } from '../db/queries/journeys/listUndeclaredJourneys.ts';
import { saveJourney } from '../db/queries/journeys/saveJourney.ts';
import { ApiError } from '../http/ApiError.ts';
import { readJsonBody } from '../http/readJsonBody.ts';
import { validate } from '../http/validate.ts';
import { requireSite } from '../http/params/requireSite.ts';

/**
 * `/api/sites/:siteKey/journeys`: the journeys declared without code. They reach
 * the widget through the public site config.
 */
export function journeyRoutes({ db, config }: AppDeps) {
  return new Hono()
    .get('/:siteKey/journeys', (c) => {
      const site = requireSite(db, c.req.param('siteKey'));
      return c.json({
        journeys: listJourneys(db, site.id),
        undeclared: listUndeclaredJourneys(db, site.id),
      } satisfies JourneyList);
    })
    .put('/:siteKey/journeys/:journey', async (c) => {
      const site = requireSite(db, c.req.param('siteKey'));
      const key = c.req.param('journey');
      const journey = validate(journeySchema, await readJsonBody(c));
      if (journey.key !== key) {
        throw new ApiError(400, 'invalid_payload', 'The journey key in the body differs from the one in the URL.', [
          { path: 'key', message: `must be ${key}, as in the URL` },
        ]);
      }
      const created = saveJourney(db, site.id, journey, config.now());
      return c.json(journey, created ? 201 : 200);
    })
    .delete('/:siteKey/journeys/:journey', (c) => {
      const site = requireSite(db, c.req.param('siteKey'));
      const key = c.req.param('journey');
      if (!deleteJourney(db, site.id, key)) throw new ApiError(404, 'not_found', `No journey ${key} on this site.`);
      return c.body(null, 204);
    });
}
