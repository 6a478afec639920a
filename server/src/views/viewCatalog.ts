import type { z } from 'zod';
import type { channelsQuerySchema } from '../../../shared/schemas/channels.ts';
import type { filterOptionsQuerySchema } from '../../../shared/schemas/filterOptions.ts';
import type { funnelQuerySchema } from '../../../shared/schemas/funnel.ts';
import type { fixFirstQuerySchema, insightQuerySchema } from '../../../shared/schemas/insightQuery.ts';
import type { peakEndQuerySchema } from '../../../shared/schemas/peakEnd.ts';
import type { segmentsQuerySchema } from '../../../shared/schemas/segments.ts';
import type { summaryQuerySchema } from '../../../shared/schemas/summary.ts';
import type { commentsQuerySchema, themesQuerySchema } from '../../../shared/schemas/themes.ts';
import type { Db } from '../db/openDatabase.ts';
import type { StoredSite } from '../db/queries/sites/siteRow.ts';
import { buildChannels } from '../insight/buildChannels.ts';
import { buildFilterOptions } from '../insight/buildFilterOptions.ts';
import { buildFixFirst } from '../insight/buildFixFirst.ts';
import { buildFunnel } from '../insight/buildFunnel.ts';
import { buildJourneyMap } from '../insight/buildJourneyMap.ts';
import { buildPeakEnd } from '../insight/buildPeakEnd.ts';
import { buildSegments } from '../insight/buildSegments.ts';
import { buildSummary } from '../insight/buildSummary.ts';
import { buildThemes } from '../insight/buildThemes.ts';
import { findComments } from '../insight/findComments.ts';
import { viewPeriods } from '../insight/viewPeriods.ts';
import { viewSpan } from '../insight/viewSpan.ts';
import { surveyList } from '../surveys/surveyList.ts';
import { surveyResults } from '../surveys/surveyResults.ts';

/** What the main thread hands a view: the site it found and the query it validated. */
interface Asked<Schema extends z.ZodType> {
  site: StoredSite;
  query: z.output<Schema>;
}

/**
 * Every dashboard view that reads many rows, by name: each a pure function of
 * a database, the parameters the main thread validated, and the instant it was
 * asked at (the main thread's `config.now()`), so the same code answers on a
 * worker thread's read-only connection (viewWorkerPool.ts) and in-process on a
 * test's `:memory:` database (inProcessViews.ts). Only plain data goes in and
 * out: parameters and results cross threads by structured clone.
 */
export const VIEWS = {
  summary: (db: Db, { site, query }: Asked<typeof summaryQuerySchema>, now: number) =>
    buildSummary(db, site, viewPeriods(db, site, query, now).current),
  fixFirst: (db: Db, { site, query }: Asked<typeof fixFirstQuerySchema>, now: number) =>
    buildFixFirst(db, site, viewPeriods(db, site, query, now), { kind: query.kind ?? null, limit: query.limit }),
  journeyMap: (db: Db, { site, query }: Asked<typeof insightQuerySchema>, now: number) =>
    buildJourneyMap(db, site, viewPeriods(db, site, query, now)),
  themes: (db: Db, { site, query }: Asked<typeof themesQuerySchema>, now: number) =>
    buildThemes(db, site.key, viewPeriods(db, site, query, now), query.limit),
  comments: (db: Db, { site, query }: Asked<typeof commentsQuerySchema>, now: number) =>
    findComments(db, site.key, viewPeriods(db, site, query, now), query),
  segments: (db: Db, { site, query }: Asked<typeof segmentsQuerySchema>, now: number) =>
    buildSegments(db, site.key, viewPeriods(db, site, query, now), query.by),
  peakEnd: (db: Db, { site, query }: Asked<typeof peakEndQuerySchema>, now: number) =>
    buildPeakEnd(db, site.key, viewPeriods(db, site, query, now)),
  channels: (db: Db, { site, query }: Asked<typeof channelsQuerySchema>, now: number) =>
    buildChannels(db, site, viewPeriods(db, site, query, now).current),
  filterOptions: (db: Db, { site, query }: Asked<typeof filterOptionsQuerySchema>, now: number) =>
    buildFilterOptions(db, site.key, { siteId: site.id, timeZone: site.timeZone, ...viewSpan(query, now, site.timeZone) }),
  funnel: (db: Db, { site, query, journey }: Asked<typeof funnelQuerySchema> & { journey: string }, now: number) =>
    buildFunnel(db, site, journey, viewPeriods(db, site, query, now)),
  surveyList: (db: Db, { site, query }: Asked<typeof insightQuerySchema>, now: number) =>
    surveyList(db, site.id, viewPeriods(db, site, query, now).current),
  surveyResults: (db: Db, { site, query, survey }: Asked<typeof insightQuerySchema> & { survey: string }, now: number) =>
    surveyResults(db, site, survey, viewPeriods(db, site, query, now)),
};

export type ViewName = keyof typeof VIEWS;
export type ViewParams<Name extends ViewName> = Parameters<(typeof VIEWS)[Name]>[1];

/** A view's answer as JSON text: built where the view ran, so the main thread only copies a string. */
export function runView<Name extends ViewName>(db: Db, name: Name, params: ViewParams<Name>, now: number): string {
  const view = VIEWS[name] as (db: Db, params: ViewParams<Name>, now: number) => unknown;
  return JSON.stringify(view(db, params, now));
}
