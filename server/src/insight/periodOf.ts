import type { SiteRange } from '../db/queries/ranges/dateRange.ts';

/** A range's bounds as the API answers them. */
export function periodOf(range: SiteRange): { from: string; to: string } {
  return { from: new Date(range.from).toISOString(), to: new Date(range.to).toISOString() };
}
