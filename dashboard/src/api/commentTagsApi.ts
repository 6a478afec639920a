import type { CommentTagSet, CommentTagSetInput } from '../../../shared/schemas/commentTagSet.ts';
import { apiRequest } from './client.ts';

const tagSetPath = (siteKey: string) => `/api/sites/${encodeURIComponent(siteKey)}/comment-tags`;

/** The site's tags, in the order they are offered (SERVQUAL until the team sets its own). */
export function getCommentTags(siteKey: string, signal?: AbortSignal) {
  return apiRequest<CommentTagSet>(tagSetPath(siteKey), { signal });
}

/** Replaces the site's tag set; answers it as stored. */
export function saveCommentTags(siteKey: string, tagSet: CommentTagSetInput) {
  return apiRequest<CommentTagSet>(tagSetPath(siteKey), { method: 'PUT', body: tagSet });
}
