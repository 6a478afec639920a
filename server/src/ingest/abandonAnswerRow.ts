import { reasonOption } from '../../../shared/reasonOption.ts';
import type { Journey } from '../../../shared/schemas/journey.ts';
import type { AbandonReasonInput } from '../../../shared/schemas/response.ts';
import type { NewAbandonAnswer } from '../db/queries/journeys/insertAbandonAnswer.ts';
import { invalidField } from '../http/invalidField.ts';
import type { StoreMeta } from './storeMeta.ts';
import { visitorColumns } from './visitorColumns.ts';

/**
 * The `responses` row of a "What stopped you?" answer (already through
 * privacy/protectInput.ts), with the reason's category looked up in the
 * journey's definition (undefined: declared by markup or script, default
 * reasons); throws a 400 for a reason nobody offered.
 */
export function abandonAnswerRow(
  journey: Pick<Journey, 'reasons'> | undefined,
  input: Omit<AbandonReasonInput, 'site'>,
  meta: StoreMeta,
): NewAbandonAnswer {
  const option = reasonOption(journey, input.reason);
  if (!option) throw invalidField(`${meta.at}reason`, `${input.reason} is not one of this journey's reasons`);
  return {
    id: input.id,
    siteId: meta.siteId,
    visitId: input.visitId,
    journey: input.journey,
    step: input.step,
    reason: input.reason,
    reasonCategory: option.category,
    otherText: input.otherText?.trim() || undefined,
    comment: input.comment?.trim() || undefined,
    trigger: input.trigger,
    path: input.path,
    lang: input.lang,
    device: meta.device,
    channel: meta.channel,
    visitorHash: meta.visitorHash,
    ...visitorColumns(input),
    createdAt: meta.createdAt,
    receivedAt: meta.receivedAt,
  };
}
