import type { CommentTagSetInput, SavedCommentTagSet, StoredCommentTagSet } from '../../../shared/schemas/commentTagSet.ts';
import { apiRequest } from './client.ts';

const tagSetPath = (siteKey: string) => `/api/sites/${encodeURIComponent(siteKey)}/comment-tags`;

/** The site's tags, in the order they are offered (SERVQUAL until the team sets its own), each with its comment count. */
export function getCommentTags(siteKey: string, signal?: AbortSignal) {
  return apiRequest<StoredCommentTagSet>(tagSetPath(siteKey), { signal });
}

/** Replaces the site's tag set; answers it as stored, and how many comments lost each removed tag. */
export function saveCommentTags(siteKey: string, tagSet: CommentTagSetInput) {
  return apiRequest<SavedCommentTagSet>(tagSetPath(siteKey), { method: 'PUT', body: tagSet });
}
