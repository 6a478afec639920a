import type { Funnel } from '../../../shared/schemas/funnel.ts';
import type { Db } from '../db/openDatabase.ts';
import { findJourney } from '../db/queries/journeys/findJourney.ts';
import { getFunnelSteps } from '../db/queries/journeys/getFunnelSteps.ts';
import { getFunnelTotals } from '../db/queries/journeys/getFunnelTotals.ts';
import { getReasonCounts } from '../db/queries/journeys/getReasonCounts.ts';
import { getReasonExamples } from '../db/queries/journeys/getReasonExamples.ts';
import { getReasonsByPage } from '../db/queries/journeys/getReasonsByPage.ts';
import { getReasonTrend } from '../db/queries/journeys/getReasonTrend.ts';
import { hasJourneyActivity } from '../db/queries/journeys/hasJourneyActivity.ts';
import type { JourneyRange } from '../db/queries/ranges/journeyRange.ts';
import type { StoredSite } from '../db/queries/sites/siteRow.ts';
import { ApiError } from '../http/ApiError.ts';
import { EXAMPLES_PER_REASON, funnelReasons } from './funnelReasons.ts';
import { periodOf } from './periodOf.ts';
import type { ViewPeriods } from './viewPeriods.ts';

/**
 * Drop-off per step of one journey and what shoppers said stopped them, with
 * the previous period of equal length for comparison.
 */
export function buildFunnel(db: Db, site: StoredSite, key: string, periods: ViewPeriods): Funnel {
  const journey = findJourney(db, site.id, key);
  // Journeys declared by markup or script have no definition, only events.
  if (!journey && !hasJourneyActivity(db, site.id, key)) {
    throw new ApiError(404, 'not_found', `No journey ${key} on this site.`);
  }
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

  return {
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
}
