import type { Journey } from '../../../../../shared/schemas/journey.ts';

export interface JourneyRow {
  key: string;
  definition: string;
}

/** Definitions are validated before they are stored, so reading them back needs no second check. */
export function toJourney(row: JourneyRow): Journey {
  return JSON.parse(row.definition) as Journey;
}
