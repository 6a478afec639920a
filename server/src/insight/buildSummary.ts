import type { Journey } from '../../../shared/schemas/journey.ts';
import type { Summary } from '../../../shared/schemas/summary.ts';
import { reasonOption } from '../../../shared/reasonOption.ts';
import type { Db } from '../db/openDatabase.ts';
import { getLatestComments, type LatestComment } from '../db/queries/comments/getLatestComments.ts';
import { listJourneys } from '../db/queries/journeys/listJourneys.ts';
import type { ViewRange } from '../db/queries/ranges/viewRange.ts';
import { getDailyCounts } from '../db/queries/responses/getDailyCounts.ts';
import { getPageScores } from '../db/queries/responses/getPageScores.ts';
import { getRatingTotals } from '../db/queries/responses/getRatingTotals.ts';
import type { StoredSite } from '../db/queries/sites/siteRow.ts';
import { periodOf } from './periodOf.ts';

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

/** The numbers behind the overview: totals, the daily series, page scores and the latest comments of a range. */
export function buildSummary(db: Db, site: StoredSite, range: ViewRange): Summary {
  return {
    site: site.key,
    ...periodOf(range),
    totals: getRatingTotals(db, range),
    daily: getDailyCounts(db, range),
    pages: getPageScores(db, range),
    comments: withReasonLabels(getLatestComments(db, range), listJourneys(db, site.id)),
  };
}
