import { addHistogram, emptyHistogram, type RatingHistogram } from '../../../shared/scores/ratingScale.ts';
import type { PathRatingCounts } from '../db/queries/responses/getPathRatingCounts.ts';
import type { StepAbandonment } from './stepAbandonments.ts';

/** What happened on one page in one period: its ratings and the journey visits that stopped there. */
export interface PageFacts {
  path: string;
  histogram: RatingHistogram;
  abandonments: number;
}

export function pageFacts(ratings: readonly PathRatingCounts[], steps: readonly StepAbandonment[]): Map<string, PageFacts> {
  const pages = new Map<string, PageFacts>();
  const page = (path: string) => {
    let facts = pages.get(path);
    if (!facts) {
      facts = { path, histogram: emptyHistogram(), abandonments: 0 };
      pages.set(path, facts);
    }
    return facts;
  };
  for (const row of ratings) addHistogram(page(row.path).histogram, row.histogram);
  for (const step of steps) if (step.path !== null) page(step.path).abandonments += step.abandoned;
  return pages;
}
