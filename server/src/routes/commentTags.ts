import { Hono, type Context } from 'hono';
import { commentTagSchema, type CommentTags } from '../../../shared/schemas/themes.ts';
import { responseIdSchema } from '../../../shared/schemas/response.ts';
import type { AppDeps } from '../appContext.ts';
import type { Db } from '../db/openDatabase.ts';
import { setCommentTag } from '../db/queries/comments/setCommentTag.ts';
import { ApiError } from '../http/ApiError.ts';
import { validate } from '../http/validate.ts';
import { siteOffersTag } from '../insight/siteCommentTags.ts';
import { requireSite } from '../http/params/requireSite.ts';

function tagOrUntag(db: Db, c: Context, on: boolean) {
  const site = requireSite(db, c.req.param('siteKey')!);
  const id = validate(responseIdSchema, c.req.param('id'));
  const tag = validate(commentTagSchema, c.req.param('tag'));
  // Taking a tag off is always allowed; putting one on needs it in the site's set.
  if (on && !siteOffersTag(db, site.id, tag)) {
    throw new ApiError(400, 'invalid_payload', `“${tag}” is not one of this site's comment tags. Add it to the tag set first.`);
  }
  const tags = setCommentTag(db, site.id, id, tag, on);
  if (!tags) throw new ApiError(404, 'not_found', `No comment with id ${id}.`);
  return c.json({ id, tags } satisfies CommentTags);
}

/**
 * `PUT /api/sites/:siteKey/comments/:id/tags/:tag` puts a tag on a comment,
 * `DELETE` takes it off; both answer the comment's tags. Only the site's tag set
 * (routes/commentTagSets.ts) can be put on.
 */
export function commentTagRoutes({ db }: AppDeps) {
  return new Hono()
    .put('/:siteKey/comments/:id/tags/:tag', (c) => tagOrUntag(db, c, true))
    .delete('/:siteKey/comments/:id/tags/:tag', (c) => tagOrUntag(db, c, false));
}
