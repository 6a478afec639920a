import { Hono } from 'hono';
import { summaryQuerySchema, type Summary } from '../../../shared/schemas/summary.ts';
import type { AppDeps } from '../appContext.ts';
import { getDailyCounts } from '../db/queries/getDailyCounts.ts';
import { getLatestComments, type LatestComment } from '../db/queries/getLatestComments.ts';
import type { Journey } from '../../../shared/schemas/journey.ts';
import { getPageScores } from '../db/queries/getPageScores.ts';
import { getRatingTotals } from '../db/queries/getRatingTotals.ts';
import { listJourneys } from '../db/queries/listJourneys.ts';
import { reasonOption } from '../../../shared/reasonOption.ts';
import { validate } from '../http/validate.ts';
import { requireSite } from './requireSite.ts';

const DEFAULT_DAYS = 30;

/** Abandonment answers read as "Payment failed or timed out", not as a reason code. */
function withReasonLabels(comments: LatestComment[], journeys: Journey[]): Summary['comments'] {
  return comments.map(({ journey, step, reason, ...comment }) => ({
    ...comment,
    abandonment:
      comment.type === 'abandon_reason' && journey && step && reason
        ? {
            journey,
            step,
            reason,
            reasonLabel: reasonOption(journeys.find((j) => j.key === journey), reason)?.label ?? reason,
          }
        : null,
  }));
}

/** `GET /api/sites/:siteKey/summary?from&to`: the numbers behind the overview. */
export function summaryRoutes({ db }: AppDeps) {
  return new Hono().get('/:siteKey/summary', (c) => {
    const site = requireSite(db, c.req.param('siteKey'));
    const query = validate(summaryQuerySchema, c.req.query());
    const to = query.to ? Date.parse(query.to) : Date.now();
    const from = query.from ? Date.parse(query.from) : to - DEFAULT_DAYS * 86_400_000;
    const range = { siteId: site.id, from, to };
    const summary: Summary = {
      site: site.key,
      from: new Date(from).toISOString(),
      to: new Date(to).toISOString(),
      totals: getRatingTotals(db, range),
      daily: getDailyCounts(db, range),
      pages: getPageScores(db, range),
      comments: withReasonLabels(getLatestComments(db, range), listJourneys(db, site.id)),
    };
    return c.json(summary);
  });
}
