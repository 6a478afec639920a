import { Hono } from 'hono';
import { commentsQuerySchema, themesQuerySchema } from '../../../shared/schemas/themes.ts';
import type { AppDeps } from '../appContext.ts';
import { validate } from '../http/validate.ts';
import { buildThemes } from '../insight/buildThemes.ts';
import { findComments } from '../insight/findComments.ts';
import { viewPeriods } from '../insight/viewPeriods.ts';
import { requireSite } from '../http/params/requireSite.ts';

/**
 * `GET /api/sites/:siteKey/themes?…filters&limit`: recurring words and phrases in comments, with their trend.
 * `GET /api/sites/:siteKey/comments?…filters&q&theme&limit&offset`: the comments behind a theme or a search.
 */
export function themeRoutes({ db, config }: AppDeps) {
  return new Hono()
    .get('/:siteKey/themes', (c) => {
      const site = requireSite(db, c.req.param('siteKey'));
      const query = validate(themesQuerySchema, c.req.query());
      return c.json(buildThemes(db, site.key, viewPeriods(db, site.id, query, config.now()), query.limit));
    })
    .get('/:siteKey/comments', (c) => {
      const site = requireSite(db, c.req.param('siteKey'));
      const query = validate(commentsQuerySchema, c.req.query());
      return c.json(findComments(db, site.key, viewPeriods(db, site.id, query, config.now()), query));
    });
}
