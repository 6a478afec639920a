import type { PageRatingInput } from '../../../shared/schemas/response.ts';
import type { NewResponse } from '../db/queries/responses/insertResponse.ts';
import type { StoreMeta } from './storeMeta.ts';
import { visitorColumns } from './visitorColumns.ts';

/** The `responses` row of a page rating (already through privacy/protectInput.ts). */
export function pageRatingRow(input: Omit<PageRatingInput, 'site'>, meta: StoreMeta): NewResponse {
  return {
    id: input.id,
    siteId: meta.siteId,
    type: input.type,
    rating: input.rating,
    comment: input.comment?.trim() || undefined,
    path: input.path,
    title: input.title,
    lang: input.lang,
    visitId: input.visitId,
    device: meta.device,
    channel: meta.channel,
    visitorHash: meta.visitorHash,
    contactEmail: input.contact?.email,
    ...visitorColumns(input),
    createdAt: meta.createdAt,
    receivedAt: meta.receivedAt,
  };
}
