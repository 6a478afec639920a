import { DEFAULT_PRESET, presetRange, rangeProblem, type DateRange } from './dateRange.ts';

/** What the overview shows, kept in the address so a view can be bookmarked or shared. */
export interface OverviewQuery {
  site?: string;
  range: DateRange;
}

/** Reads `?site=KEY&from=YYYY-MM-DD&to=YYYY-MM-DD`; a missing or broken range becomes the default. */
export function parseOverviewQuery(search: string, now: Date): OverviewQuery {
  const params = new URLSearchParams(search);
  const site = params.get('site')?.trim() || undefined;
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const range = rangeProblem({ from, to }) === null ? { from, to } : presetRange(DEFAULT_PRESET, now);
  return { site, range };
}

export function formatOverviewQuery(query: OverviewQuery): string {
  const params = new URLSearchParams();
  if (query.site) params.set('site', query.site);
  params.set('from', query.range.from);
  params.set('to', query.range.to);
  return `?${params}`;
}

/** The site to show: the one asked for if it exists, else the first. */
export function chooseSite<T extends { key: string }>(sites: readonly T[], wanted: string | undefined): T | undefined {
  return sites.find((site) => site.key === wanted) ?? sites[0];
}
