import type { Journey } from '../../../shared/schemas/journey.ts';
import type { Db } from '../db/openDatabase.ts';
import { listJourneys } from '../db/queries/journeys/listJourneys.ts';
import { listUndeclaredJourneys } from '../db/queries/journeys/listUndeclaredJourneys.ts';

export interface SiteJourney {
  key: string;
  name: string;
  /** Undefined for journeys declared by markup or script: they have events, no definition. */
  definition?: Journey;
}

/** Every journey of a site: declared ones in their order, then those only seen in events. */
export function siteJourneys(db: Db, siteId: number): SiteJourney[] {
  return [
    ...listJourneys(db, siteId).map((journey) => ({ key: journey.key, name: journey.name, definition: journey })),
    ...listUndeclaredJourneys(db, siteId).map((key) => ({ key, name: key })),
  ];
}

export function stepName(journey: SiteJourney, step: string): string {
  return journey.definition?.steps.find((s) => s.key === step)?.name ?? step;
}
