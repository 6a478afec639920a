import { Hono } from 'hono';
import { funnelQuerySchema, type Funnel } from '../../../shared/schemas/funnel.ts';
import type { AppDeps } from '../appContext.ts';
import { findJourney } from '../db/queries/journeys/findJourney.ts';
import { getFunnelSteps } from '../db/queries/journeys/getFunnelSteps.ts';
import { getFunnelTotals } from '../db/queries/journeys/getFunnelTotals.ts';
import { getReasonCounts } from '../db/queries/journeys/getReasonCounts.ts';
import { getReasonExamples } from '../db/queries/journeys/getReasonExamples.ts';
import { getReasonsByPage } from '../db/queries/journeys/getReasonsByPage.ts';
import { getReasonTrend } from '../db/queries/journeys/getReasonTrend.ts';
import { hasJourneyActivity } from '../db/queries/journeys/hasJourneyActivity.ts';
import type { JourneyRange } from '../db/queries/ranges/journeyRange.ts';
import { ApiError } from '../http/ApiError.ts';
import { validate } from '../http/validate.ts';
import { periodOf } from '../insight/periodOf.ts';
import { viewPeriods } from '../insight/viewPeriods.ts';
import { EXAMPLES_PER_REASON, funnelReasons } from './funnelReasons.ts';
import { requireSite } from '../http/params/requireSite.ts';

/**
 * `GET /api/sites/:siteKey/journeys/:journey/funnel?…filters`: drop-off
 * per step and what shoppers said stopped them, with the previous period of
 * equal length for comparison.
 */
export function journeyFunnelRoutes({ db, config }: AppDeps) {
  return new Hono().get('/:siteKey/journeys/:journey/funnel', (c) => {
    const site = requireSite(db, c.req.param('siteKey'));
    const key = c.req.param('journey');
    const query = validate(funnelQuerySchema, c.req.query());
    const journey = findJourney(db, site.id, key);
    // Journeys declared by markup or script have no definition, only events.
    if (!journey && !hasJourneyActivity(db, site.id, key)) {
      throw new ApiError(404, 'not_found', `No journey ${key} on this site.`);
    }

    const periods = viewPeriods(db, site.id, query, config.now());
    const range: JourneyRange = { ...periods.current, journey: key };
    const previous: JourneyRange = { ...periods.previous, journey: key };

    const declared = journey?.steps ?? [];
    const steps = getFunnelSteps(db, range, declared.map((step) => step.key)).map((row) => ({
      step: row.step,
      name: declared.find((step) => step.key === row.step)?.name ?? row.step,
      reached: row.reached,
      abandoned: row.abandoned,
      completed: row.completed,
      dropOffRate: row.reached === 0 ? null : row.abandoned / row.reached,
    }));

    const funnel: Funnel = {
      journey: key,
      name: journey?.name ?? key,
      ...periodOf(range),
      steps,
      totals: getFunnelTotals(db, range),
      previous: getFunnelTotals(db, previous),
      reasons: funnelReasons(
        journey,
        steps.map((step) => step.step),
        getReasonCounts(db, range),
        // A few more than shown, so repeated texts can be skipped.
        getReasonExamples(db, range, EXAMPLES_PER_REASON * 4),
      ),
      reasonTrend: getReasonTrend(db, range),
      reasonsByPage: getReasonsByPage(db, range),
    };
    return c.json(funnel);
  });
}
