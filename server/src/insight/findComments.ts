import { reasonOption } from '../../../shared/reasonOption.ts';
import type { CommentsPage, CommentsQuery } from '../../../shared/schemas/themes.ts';
import type { Db } from '../db/openDatabase.ts';
import { findRangeComments, type RangeComment } from '../db/queries/comments/findRangeComments.ts';
import { listJourneys } from '../db/queries/journeys/listJourneys.ts';
import { periodOf } from './periodOf.ts';
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
  return {
    site: siteKey,
    period: periodOf(periods.current),
    comments: withReasonLabels(db, periods.current.siteId, found.slice(0, limit)),
    more: found.length > limit,
  };
}

/** Abandonment answers read as "Payment failed or timed out", as in the overview, not as a reason code. */
function withReasonLabels(db: Db, siteId: number, comments: RangeComment[]): CommentsPage['comments'] {
  const journeys = comments.some((comment) => comment.reason) ? listJourneys(db, siteId) : [];
  return comments.map(({ journey, ...comment }) => ({
    ...comment,
    reasonLabel: comment.reason
      ? (reasonOption(journeys.find((j) => j.key === journey), comment.reason)?.label ?? comment.reason)
      : null,
  }));
}
