import { DEFAULT_PRESET, presetRange, rangeProblem, type DateRange } from './dateRange.ts';

/** What the overview shows, kept in the address so a view can be bookmarked or shared. */
export interface OverviewQuery {
  site?: string;
  range: DateRange;
  /** Set when the address gave no usable range: `range` is then the default, in UTC until the site's zone is known (inSiteZone). */
  defaultRange?: true;
}

/** Reads `?site=KEY&from=YYYY-MM-DD&to=YYYY-MM-DD`; a missing or broken range becomes the default. */
export function parseOverviewQuery(search: string, now: Date): OverviewQuery {
  const params = new URLSearchParams(search);
  const site = params.get('site')?.trim() || undefined;
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  if (rangeProblem({ from, to }) === null) return { site, range: { from, to } };
  return { site, range: presetRange(DEFAULT_PRESET, now, 'UTC'), defaultRange: true };
}

/** The query once its site is known: a default range becomes the last days of the site's own calendar. */
export function inSiteZone<Q extends OverviewQuery>(query: Q, timeZone: string, now: Date): Q {
  if (!query.defaultRange) return query;
  const { defaultRange: _default, ...rest } = query;
  return { ...rest, range: presetRange(DEFAULT_PRESET, now, timeZone) } as Q;
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
