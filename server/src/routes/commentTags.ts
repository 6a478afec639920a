import { Hono, type Context } from 'hono';
import { commentTagSchema, type CommentTags } from '../../../shared/schemas/themes.ts';
import { responseIdSchema } from '../../../shared/schemas/response.ts';
import type { AppDeps } from '../appContext.ts';
import type { Db } from '../db/openDatabase.ts';
import { setCommentTag } from '../db/queries/setCommentTag.ts';
import { ApiError } from '../http/ApiError.ts';
import { validate } from '../http/validate.ts';
import { requireSite } from './requireSite.ts';

function tagOrUntag(db: Db, c: Context, on: boolean) {
  const site = requireSite(db, c.req.param('siteKey')!);
  const id = validate(responseIdSchema, c.req.param('id'));
  const tag = validate(commentTagSchema, c.req.param('tag'));
  const tags = setCommentTag(db, site.id, id, tag, on);
  if (!tags) throw new ApiError(404, 'not_found', `No comment with id ${id}.`);
  return c.json({ id, tags } satisfies CommentTags);
}

/**
 * `PUT /api/sites/:siteKey/comments/:id/tags/:tag` puts a tag on a comment,
 * `DELETE` takes it off; both answer the comment's tags (shared/commentTags.ts has the defaults).
 */
export function commentTagRoutes({ db }: AppDeps) {
  return new Hono()
    .put('/:siteKey/comments/:id/tags/:tag', (c) => tagOrUntag(db, c, true))
    .delete('/:siteKey/comments/:id/tags/:tag', (c) => tagOrUntag(db, c, false));
}
