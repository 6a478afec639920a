import { Hono } from 'hono';
import { commentTagSetSchema } from '../../../shared/schemas/commentTagSet.ts';
import type { AppDeps } from '../appContext.ts';
import { readJsonBody } from '../http/readJsonBody.ts';
import { validate } from '../http/validate.ts';
import { saveSiteCommentTags, siteCommentTags } from '../insight/siteCommentTags.ts';
import { requireSite } from '../http/params/requireSite.ts';

/**
 * `GET /api/sites/:siteKey/comment-tags`: the tags the team applies to comments (SERVQUAL until it sets its own).
 * `PUT` replaces the set: a tag left out comes off every comment, and the answer says how many lost it.
 */
export function commentTagSetRoutes({ db, config }: AppDeps) {
  return new Hono()
    .get('/:siteKey/comment-tags', (c) => {
      const site = requireSite(db, c.req.param('siteKey'));
      return c.json(siteCommentTags(db, site.id));
    })
    .put('/:siteKey/comment-tags', async (c) => {
      const site = requireSite(db, c.req.param('siteKey'));
      const { tags } = validate(commentTagSetSchema, await readJsonBody(c));
      return c.json(saveSiteCommentTags(db, site.id, tags, config.now()));
    });
}
