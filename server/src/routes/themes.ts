import { Hono } from 'hono';
import { commentsQuerySchema, themesQuerySchema } from '../../../shared/schemas/themes.ts';
import type { RouteDeps } from '../appContext.ts';
import { jsonText } from '../http/jsonText.ts';
import { requireSite } from '../http/params/requireSite.ts';
import { validate } from '../http/validate.ts';

/**
 * `GET /api/sites/:siteKey/themes?…filters&limit`: recurring words and phrases in comments, with their trend.
 * `GET /api/sites/:siteKey/comments?…filters&q&theme&limit&offset`: the comments behind a theme or a search.
 */
export function themeRoutes({ db, config, views }: RouteDeps) {
  return new Hono()
    .get('/:siteKey/themes', async (c) => {
      const site = requireSite(db, c.req.param('siteKey'));
      const query = validate(themesQuerySchema, c.req.query());
      return jsonText(c, await views.run('themes', { site, query }, config.now()));
    })
    .get('/:siteKey/comments', async (c) => {
      const site = requireSite(db, c.req.param('siteKey'));
      const query = validate(commentsQuerySchema, c.req.query());
      return jsonText(c, await views.run('comments', { site, query }, config.now()));
    });
}
