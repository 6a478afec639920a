import type { Device } from '../../../shared/schemas/response.ts';
import { DEVICES } from './devices.ts';
import type { DateRange } from './dateRange.ts';
import { formatOverviewQuery, parseOverviewQuery } from './urlState.ts';


/** What the abandonment view shows, kept in the address like the overview's. */
export interface JourneyQuery {
  site?: string;
  journey?: string;
  range: DateRange;
  /** Undefined: every device. */
  device?: Device;
}

/** Reads `?site&from&to` as the overview does, plus `journey` and `device`. */
export function parseJourneyQuery(search: string, now: Date): JourneyQuery {
  const params = new URLSearchParams(search);
  const journey = params.get('journey')?.trim() || undefined;
  const device = DEVICES.find((d) => d === params.get('device'));
  return { ...parseOverviewQuery(search, now), journey, device };
}

export function formatJourneyQuery(query: JourneyQuery): string {
  const params = new URLSearchParams(formatOverviewQuery(query));
  if (query.journey) params.set('journey', query.journey);
  if (query.device) params.set('device', query.device);
  return `?${params}`;
}

/** The journey to show: the one asked for if the site has it, else the first. */
export function chooseJourney(keys: readonly string[], wanted: string | undefined): string | undefined {
  return keys.find((key) => key === wanted) ?? keys[0];
}
