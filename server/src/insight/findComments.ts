import type { CommentsPage, CommentsQuery } from '../../../shared/schemas/themes.ts';
import type { Db } from '../db/openDatabase.ts';
import { findRangeComments } from '../db/queries/findRangeComments.ts';
import { indexCommentTerms } from './indexCommentTerms.ts';
import { periodOf } from './insightPeriods.ts';
import type { ViewPeriods } from './viewPeriods.ts';

/** One page of comments, latest first: those containing `q`, with `theme` among their terms, tagged `tag`. */
export function findComments(
  db: Db,
  siteKey: string,
  periods: ViewPeriods,
  { q, theme, tag, limit, offset }: Pick<CommentsQuery, 'q' | 'theme' | 'tag' | 'limit' | 'offset'>,
): CommentsPage {
  if (theme) indexCommentTerms(db, periods.current.siteId);
  // One more than asked says whether there is a next page.
  const found = findRangeComments(db, periods.current, {
    q: q ?? null,
    term: theme?.toLowerCase() ?? null,
    tag: tag ?? null,
    limit: limit + 1,
    offset,
  });
  return { site: siteKey, period: periodOf(periods.current), comments: found.slice(0, limit), more: found.length > limit };
}
