import { Hono } from 'hono';
import { summaryQuerySchema, type Summary } from '../../../shared/schemas/summary.ts';
import type { AppDeps } from '../appContext.ts';
import { getDailyCounts } from '../db/queries/responses/getDailyCounts.ts';
import { getLatestComments, type LatestComment } from '../db/queries/comments/getLatestComments.ts';
import type { Journey } from '../../../shared/schemas/journey.ts';
import { getPageScores } from '../db/queries/responses/getPageScores.ts';
import { getRatingTotals } from '../db/queries/responses/getRatingTotals.ts';
import { listJourneys } from '../db/queries/journeys/listJourneys.ts';
import { reasonOption } from '../../../shared/reasonOption.ts';
import { validate } from '../http/validate.ts';
import { periodOf } from '../insight/periodOf.ts';
import { viewPeriods } from '../insight/viewPeriods.ts';
import { requireSite } from '../http/params/requireSite.ts';

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

/** `GET /api/sites/:siteKey/summary?…filters`: the numbers behind the overview. */
export function summaryRoutes({ db, config }: AppDeps) {
  return new Hono().get('/:siteKey/summary', (c) => {
    const site = requireSite(db, c.req.param('siteKey'));
    const query = validate(summaryQuerySchema, c.req.query());
    const range = viewPeriods(db, site.id, query, config.now()).current;
    const summary: Summary = {
      site: site.key,
      ...periodOf(range),
      totals: getRatingTotals(db, range),
      daily: getDailyCounts(db, range),
      pages: getPageScores(db, range),
      comments: withReasonLabels(getLatestComments(db, range), listJourneys(db, site.id)),
    };
    return c.json(summary);
  });
}
