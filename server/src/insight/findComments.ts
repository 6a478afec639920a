import type { CommentsPage, CommentsQuery } from '../../../shared/schemas/themes.ts';
import type { Db } from '../db/openDatabase.ts';
import { findRangeComments } from '../db/queries/findRangeComments.ts';
import { periodOf } from './insightPeriods.ts';
import type { ViewPeriods } from './viewPeriods.ts';

/** One page of comments, latest first: those containing `q`, within the view filters (a theme and a tag among them). */
export function findComments(
  db: Db,
  siteKey: string,
  periods: ViewPeriods,
  { q, limit, offset }: Pick<CommentsQuery, 'q' | 'limit' | 'offset'>,
): CommentsPage {
  // One more than asked says whether there is a next page.
  const found = findRangeComments(db, periods.current, {
    q: q ?? null,
    limit: limit + 1,
    offset,
  });
  return { site: siteKey, period: periodOf(periods.current), comments: found.slice(0, limit), more: found.length > limit };
}
