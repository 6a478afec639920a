import type { Device, ResponseInput } from '../../../shared/schemas/response.ts';
import type { Db } from '../db/openDatabase.ts';
import { insertResponse } from '../db/queries/insertResponse.ts';
import type { StoredSite } from '../db/queries/siteRow.ts';
import { ApiError } from '../http/ApiError.ts';

export interface RequestMeta {
  device: Device;
  now: number;
}

/** Stores one validated input from the widget in the table its type belongs to. */
export function storeInput(db: Db, site: StoredSite, input: ResponseInput, meta: RequestMeta): void {
  switch (input.type) {
    case 'page_rating':
      insertResponse(db, {
        id: input.id,
        siteId: site.id,
        type: input.type,
        rating: input.rating,
        comment: input.comment?.trim() || undefined,
        path: input.path,
        title: input.title,
        lang: input.lang,
        visitId: input.visitId,
        device: meta.device,
        channel: 'web',
        createdAt: meta.now,
        receivedAt: meta.now,
      });
      return;
    case 'journey_event':
    case 'abandon_reason':
      // Journeys are being added (issue 3); until then these are refused, not lost silently.
      throw new ApiError(400, 'invalid_payload', `Responses of type ${input.type} are not accepted yet.`);
  }
}
