import { dayNumber, localDay } from '../../../../../shared/time/localDays.ts';
import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { write } from '../../write.ts';
import type { SiteRange } from '../ranges/dateRange.ts';

/** Counts are gathered per quarter hour: no zone's local midnight falls inside one. */
export const SLOT_MS = 900_000;

export interface IngestionCount {
  siteKey: string;
  /** The quarter hour counted in: ms since epoch / SLOT_MS, rounded down. */
  slot: number;
  botsDropped: number;
  rateLimited: number;
}

// Rows are per local day of the site (day numbers on its calendar; before
// site time zones, UTC days). Counts for keys that name no site vanish here:
// the SELECT finds nothing.
const ADD = `
  INSERT INTO ingestion_counts (site_id, day, bots_dropped, rate_limited)
  SELECT id, @day, @botsDropped, @rateLimited FROM sites WHERE key = @siteKey
  ON CONFLICT (site_id, day) DO UPDATE SET
    bots_dropped = bots_dropped + excluded.bots_dropped,
    rate_limited = rate_limited + excluded.rate_limited`;

/** Adds counts in one transaction. */
export function addIngestionCounts(db: Db, counts: IngestionCount[]): void {
  write(db, () => {
    for (const { slot, ...count } of counts) {
      const timeZone = statement(db, 'SELECT time_zone FROM sites WHERE key = ?').pluck().get(count.siteKey) as string | undefined;
      if (timeZone) statement(db, ADD).run({ ...count, day: dayNumber(localDay(slot * SLOT_MS, timeZone)) });
    }
  });
}

/** Totals over the site's local days that overlap the range. */
export function getIngestionTotals(db: Db, range: SiteRange & { timeZone: string }): { botsDropped: number; rateLimited: number } {
  return statement(
    db,
    `SELECT coalesce(sum(bots_dropped), 0) AS botsDropped, coalesce(sum(rate_limited), 0) AS rateLimited
       FROM ingestion_counts
      WHERE site_id = @siteId AND day >= @firstDay AND day <= @lastDay`,
  ).get({
    siteId: range.siteId,
    firstDay: dayNumber(localDay(range.from, range.timeZone)),
    lastDay: dayNumber(localDay(Math.max(range.from, range.to - 1), range.timeZone)),
  }) as {
    botsDropped: number;
    rateLimited: number;
  };
}
