import type { PeakEnd } from '../../../shared/schemas/peakEnd.ts';
import type { SegmentDimension, Segments } from '../../../shared/schemas/segments.ts';
import type { CommentsPage, CommentTags, Themes } from '../../../shared/schemas/themes.ts';
import { apiRequest } from './client.ts';
import type { SummaryRange } from '../state/viewFilters.ts';
import { viewQuery, type ViewFilterValues } from '../state/viewFilters.ts';

const sitePath = (siteKey: string, view: string, query: URLSearchParams) =>
  `/api/sites/${encodeURIComponent(siteKey)}/${view}?${query}`;

export function getThemes(siteKey: string, range: SummaryRange, filters: ViewFilterValues, signal?: AbortSignal) {
  return apiRequest<Themes>(sitePath(siteKey, 'themes', viewQuery(range, filters)), { signal });
}

/** Besides the view filters (theme and tag among them): words to search for, and the page of results. */
export interface CommentSearch {
  q?: string;
  limit?: number;
  offset?: number;
}

export function getComments(siteKey: string, range: SummaryRange, filters: ViewFilterValues, search: CommentSearch, signal?: AbortSignal) {
  return apiRequest<CommentsPage>(sitePath(siteKey, 'comments', viewQuery(range, filters, { ...search })), { signal });
}

export function getSegments(siteKey: string, range: SummaryRange, filters: ViewFilterValues, by: SegmentDimension, signal?: AbortSignal) {
  return apiRequest<Segments>(sitePath(siteKey, 'segments', viewQuery(range, filters, { by })), { signal });
}

export function getPeakEnd(siteKey: string, range: SummaryRange, filters: ViewFilterValues, signal?: AbortSignal) {
  return apiRequest<PeakEnd>(sitePath(siteKey, 'peak-end', viewQuery(range, filters)), { signal });
}

/** Puts a tag on a comment (on) or takes it off; answers the comment's tags. */
export function setCommentTag(siteKey: string, commentId: string, tag: string, on: boolean) {
  const path = `/api/sites/${encodeURIComponent(siteKey)}/comments/${encodeURIComponent(commentId)}/tags/${encodeURIComponent(tag)}`;
  return apiRequest<CommentTags>(path, { method: on ? 'PUT' : 'DELETE' });
}
