import { addHistogram, emptyHistogram, type RatingHistogram } from '../../../shared/scores/ratingScale.ts';
import type { Touchpoint } from '../../../shared/schemas/touchpoint.ts';
import { touchpointForPath } from '../../../shared/touchpointForPath.ts';
import type { PageFacts } from './pageFacts.ts';

export interface Bucket {
  histogram: RatingHistogram;
  abandonments: number;
  paths: string[];
}

export function emptyBucket(): Bucket {
  return { histogram: emptyHistogram(), abandonments: 0, paths: [] };
}

/** Finds each page's touchpoint once, however many periods ask. */
export class TouchpointLookup {
  private readonly cache = new Map<string, Touchpoint | undefined>();

  constructor(readonly touchpoints: readonly Touchpoint[]) {}

  of(path: string): Touchpoint | undefined {
    if (!this.cache.has(path)) this.cache.set(path, touchpointForPath(this.touchpoints, path));
    return this.cache.get(path);
  }
}

/** Adds up the pages of each touchpoint; key null holds the pages no rule matches. */
export function touchpointBuckets(pages: Iterable<PageFacts>, lookup: TouchpointLookup): Map<string | null, Bucket> {
  const buckets = new Map<string | null, Bucket>();
  for (const page of pages) {
    const key = lookup.of(page.path)?.key ?? null;
    let bucket = buckets.get(key);
    if (!bucket) {
      bucket = emptyBucket();
      buckets.set(key, bucket);
    }
    addHistogram(bucket.histogram, page.histogram);
    bucket.abandonments += page.abandonments;
    bucket.paths.push(page.path);
  }
  return buckets;
}
