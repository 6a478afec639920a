import { isSegmentDimension } from '../../../shared/segmentDimensions.ts';
import type { SegmentDimension } from '../../../shared/schemas/segments.ts';

/** What the segment split card shows when the address says nothing. */
export const DEFAULT_SPLIT: SegmentDimension = 'device';

/** `?split=visitor`, `?split=attr:plan`: a split the segments endpoint would accept, else undefined (the default). */
export function parseSplit(params: URLSearchParams): SegmentDimension | undefined {
  const value = params.get('split')?.trim();
  return value && value !== DEFAULT_SPLIT && isSegmentDimension(value) ? value : undefined;
}

/** Writes the split unless it is the default, so the default view has one address. */
export function writeSplit(params: URLSearchParams, split: SegmentDimension | undefined): URLSearchParams {
  if (split && split !== DEFAULT_SPLIT) params.set('split', split);
  return params;
}
