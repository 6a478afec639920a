import type { Theme, ThemeTrend, Themes } from '../../../shared/schemas/themes.ts';
import { compareCounts } from '../../../shared/scores/compareCounts.ts';
import { dropCoveredWords } from '../../../shared/themes/countThemes.ts';
import type { Db } from '../db/openDatabase.ts';
import { countChosenCommentTerms, countTopCommentTerms } from '../db/queries/comments/countCommentTerms.ts';
import { countComments } from '../db/queries/comments/countComments.ts';
import { periodOf } from './periodOf.ts';
import type { ViewPeriods } from './viewPeriods.ts';

/** A term said by fewer comments than this is not yet a theme. */
const MIN_MENTIONS = 2;
/** As for problems: "new" needs at least this many mentions, none before. */
const NEW_MIN = 5;

function trendOf(count: number, previous: number, significant: boolean): ThemeTrend {
  if (previous === 0 && count >= NEW_MIN) return 'new';
  if (!significant) return 'steady';
  return count > previous ? 'rising' : 'falling';
}

/** Recurring words and phrases in the period's comments, most mentioned first, against the previous period. */
export function buildThemes(db: Db, siteKey: string, periods: ViewPeriods, limit: number): Themes {
  // Extra candidates, since a phrase can hide the words it is made of.
  const counts = countTopCommentTerms(db, periods.current, MIN_MENTIONS, limit * 3);
  const terms = dropCoveredWords(counts, [...counts.keys()]).slice(0, limit);
  const previousCounts = countChosenCommentTerms(db, periods.previous, terms);
  const themes: Theme[] = terms.map((term) => {
    const count = counts.get(term) ?? 0;
    const previous = previousCounts.get(term) ?? 0;
    const change = compareCounts(count, previous);
    return { term, count, previous, change, trend: trendOf(count, previous, change.significant) };
  });
  return {
    site: siteKey,
    period: periodOf(periods.current),
    previousPeriod: periodOf(periods.previous),
    comments: countComments(db, periods.current),
    themes,
  };
}
