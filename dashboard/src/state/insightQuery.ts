import { DEVICES } from './devices.ts';
import type { Device } from '../../../shared/schemas/response.ts';
import type { DateRange } from './dateRange.ts';
import { formatOverviewQuery, parseOverviewQuery } from './urlState.ts';


/** What the journey map and fix first show, kept in the address like the overview's. */
export interface InsightQuery {
  site?: string;
  range: DateRange;
  /** Undefined: every device. */
  device?: Device;
}

/** Reads `?site&from&to` as the overview does, plus `device`; an unknown device means all. */
export function parseInsightQuery(search: string, now: Date): InsightQuery {
  const device = DEVICES.find((d) => d === new URLSearchParams(search).get('device'));
  return { ...parseOverviewQuery(search, now), device };
}

export function formatInsightQuery(query: InsightQuery): string {
  const params = new URLSearchParams(formatOverviewQuery(query));
  if (query.device) params.set('device', query.device);
  return `?${params}`;
}

/** `/fix-first?site=…&from=…&to=…`: a link to another view with the same site, range and device. */
export function insightLink(path: string, query: InsightQuery): string {
  return path + formatInsightQuery(query);
}
