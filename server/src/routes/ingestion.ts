import { Hono } from 'hono';
import type { IngestionStats } from '../../../shared/schemas/ingestion.ts';
import type { AppDeps } from '../appContext.ts';
import { getIngestionTotals } from '../db/queries/sites/ingestionCounts.ts';
import { ingestionCounters } from '../http/ingestionCounters.ts';
import { rangeFromQuery } from '../http/params/queryRange.ts';
import { requireSite } from '../http/params/requireSite.ts';

/** `GET /api/sites/:siteKey/ingestion?from&to`: bots dropped and 429s, default the last 30 days. */
export function ingestionRoutes({ db, config }: AppDeps) {
  return new Hono().get('/:siteKey/ingestion', (c) => {
    const site = requireSite(db, c.req.param('siteKey'));
    const { from, to } = rangeFromQuery(c, config.now(), 30, site.timeZone);
    ingestionCounters(db).flush();
    const totals = getIngestionTotals(db, { siteId: site.id, from, to, timeZone: site.timeZone });
    return c.json({
      site: site.key,
      from: new Date(from).toISOString(),
      to: new Date(to).toISOString(),
      ...totals,
    } satisfies IngestionStats);
  });
}
