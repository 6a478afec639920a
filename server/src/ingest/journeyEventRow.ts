import type { JourneyEventInput } from '../../../shared/schemas/response.ts';
import type { NewJourneyEvent } from '../db/queries/journeys/insertJourneyEvent.ts';
import { invalidField } from '../http/invalidField.ts';
import type { StoreMeta } from './storeMeta.ts';
import { visitorColumns } from './visitorColumns.ts';

/** The `journey_events` row of a step event; throws a 400 for an event the funnel could not place. */
export function journeyEventRow(input: Omit<JourneyEventInput, 'site'>, meta: StoreMeta): NewJourneyEvent {
  // The funnel places a visit by its steps; only `completed` may come without one.
  if (!input.step && input.event !== 'completed') {
    throw invalidField(`${meta.at}step`, `a ${input.event} event needs the step`);
  }
  return {
    id: input.id,
    siteId: meta.siteId,
    visitId: input.visitId,
    journey: input.journey,
    step: input.step,
    event: input.event,
    path: input.path,
    msOnStep: input.msOnStep,
    fieldsTouched: input.fieldsTouched,
    device: meta.device,
    lang: input.lang,
    ...visitorColumns(input),
    createdAt: meta.createdAt,
    receivedAt: meta.receivedAt,
  };
}
