import type { PeakEnd } from '../../../shared/schemas/peakEnd.ts';
import type { SegmentDimension, Segments } from '../../../shared/schemas/segments.ts';
import type { Device } from '../../../shared/schemas/response.ts';
import type { CommentsPage, CommentTags, Themes } from '../../../shared/schemas/themes.ts';
import { apiRequest } from './client.ts';
import type { SummaryRange } from './dashboardApi.ts';

function viewQuery(range: SummaryRange, device: Device | undefined, extra: Record<string, string | number | undefined>) {
  const query = new URLSearchParams({ from: range.from, to: range.to });
  if (device) query.set('device', device);
  for (const [name, value] of Object.entries(extra)) if (value !== undefined && value !== '') query.set(name, String(value));
  return query;
}

const sitePath = (siteKey: string, view: string, query: URLSearchParams) =>
  `/api/sites/${encodeURIComponent(siteKey)}/${view}?${query}`;

export function getThemes(siteKey: string, range: SummaryRange, device: Device | undefined, signal?: AbortSignal) {
  return apiRequest<Themes>(sitePath(siteKey, 'themes', viewQuery(range, device, {})), { signal });
}

export interface CommentFilter {
  q?: string;
  theme?: string;
  tag?: string;
  limit?: number;
  offset?: number;
}

export function getComments(siteKey: string, range: SummaryRange, device: Device | undefined, filter: CommentFilter, signal?: AbortSignal) {
  return apiRequest<CommentsPage>(sitePath(siteKey, 'comments', viewQuery(range, device, { ...filter })), { signal });
}

export function getSegments(siteKey: string, range: SummaryRange, by: SegmentDimension, signal?: AbortSignal) {
  return apiRequest<Segments>(sitePath(siteKey, 'segments', viewQuery(range, undefined, { by })), { signal });
}

export function getPeakEnd(siteKey: string, range: SummaryRange, device: Device | undefined, signal?: AbortSignal) {
  return apiRequest<PeakEnd>(sitePath(siteKey, 'peak-end', viewQuery(range, device, {})), { signal });
}

/** Puts a tag on a comment (on) or takes it off; answers the comment's tags. */
export function setCommentTag(siteKey: string, commentId: string, tag: string, on: boolean) {
  const path = `/api/sites/${encodeURIComponent(siteKey)}/comments/${encodeURIComponent(commentId)}/tags/${encodeURIComponent(tag)}`;
  return apiRequest<CommentTags>(path, { method: on ? 'PUT' : 'DELETE' });
}
