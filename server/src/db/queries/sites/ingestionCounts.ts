import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { write } from '../../write.ts';
import type { SiteRange } from '../ranges/dateRange.ts';

export const DAY_MS = 86_400_000;

export interface IngestionCount {
  siteKey: string;
  /** UTC day number: ms since epoch / 86 400 000, rounded down. */
  day: number;
  botsDropped: number;
  rateLimited: number;
}

// Counts for keys that name no site vanish here: the SELECT finds nothing.
const ADD = `
  INSERT INTO ingestion_counts (site_id, day, bots_dropped, rate_limited)
  SELECT id, @day, @botsDropped, @rateLimited FROM sites WHERE key = @siteKey
  ON CONFLICT (site_id, day) DO UPDATE SET
    bots_dropped = bots_dropped + excluded.bots_dropped,
    rate_limited = rate_limited + excluded.rate_limited`;

/** Adds counts in one transaction. */
export function addIngestionCounts(db: Db, counts: IngestionCount[]): void {
  write(db, () => {
    for (const count of counts) statement(db, ADD).run(count);
  });
}

/** Totals over the UTC days that overlap the range. */
export function getIngestionTotals(db: Db, range: SiteRange): { botsDropped: number; rateLimited: number } {
  return statement(
    db,
    `SELECT coalesce(sum(bots_dropped), 0) AS botsDropped, coalesce(sum(rate_limited), 0) AS rateLimited
       FROM ingestion_counts
      WHERE site_id = @siteId AND day >= @firstDay AND day * ${DAY_MS} < @to`,
  ).get({ siteId: range.siteId, firstDay: Math.floor(range.from / DAY_MS), to: range.to }) as {
    botsDropped: number;
    rateLimited: number;
  };
}
