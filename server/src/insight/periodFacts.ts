import type { Db } from '../db/openDatabase.ts';
import { getPathRatingCounts } from '../db/queries/responses/getPathRatingCounts.ts';
import type { ViewRange } from '../db/queries/ranges/viewRange.ts';
import { pageFacts, type PageFacts } from './pageFacts.ts';
import type { SiteJourney } from './siteJourneys.ts';
import { stepAbandonments, type StepAbandonment } from './stepAbandonments.ts';

export interface PeriodFacts {
  pages: Map<string, PageFacts>;
  steps: StepAbandonment[];
}

/** Ratings per page and abandonments per step over one period: what both insight views are made of. */
export function periodFacts(db: Db, range: ViewRange, journeys: readonly SiteJourney[]): PeriodFacts {
  const steps = stepAbandonments(db, range, journeys);
  return { pages: pageFacts(getPathRatingCounts(db, range), steps), steps };
}
