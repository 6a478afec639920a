import { ZONED_ROLLUP_TABLES } from '../../migrations/034-ratingDays.ts';
import { ZONED_TERM_TABLE } from '../../migrations/036-termDays.ts';
import { ZONED_ATTRIBUTE_RATING_TABLE } from '../../migrations/040-attributeRatingDays.ts';
import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { write } from '../../write.ts';
import { zoneStretches, type ZoneStretch } from '../ranges/zoneStretches.ts';

// The stored rules span the years data plausibly has; outside them a view
// finds its range's offsets differ from the runtime's and reads raw rows.
const RULES_FROM = Date.UTC(1970, 0, 1);
const RULES_TO = Date.UTC(2100, 0, 1);

/** The offsets SQL reads for the zone: the first from the beginning of time. */
function storedRulesOf(timeZone: string): ZoneStretch[] {
  const [first, ...changes] = zoneStretches(timeZone, RULES_FROM, RULES_TO);
  return [{ fromAt: Number.MIN_SAFE_INTEGER, offsetMs: first!.offsetMs }, ...changes];
}

const same = (a: readonly ZoneStretch[], b: readonly ZoneStretch[]) =>
  a.length === b.length && a.every((s, i) => s.fromAt === b[i]!.fromAt && s.offsetMs === b[i]!.offsetMs);

/**
 * Makes the site's stored offsets (site_day_offsets) those of its zone by the
 * runtime's rules and, when they change, empties its local-day rollups (of
 * ratings, ratings per attribute set, comment terms, attribute sets and survey answers) and marks them for a recount from the beginning (recountRatingDays.ts, a day of
 * ratings per write in the background), in one write: the rollups' days
 * always follow the stored offsets. Returns whether anything changed.
 */
export function setSiteDayOffsets(db: Db, siteId: number, timeZone: string): boolean {
  const rules = storedRulesOf(timeZone);
  return write(db, () => {
    const stored = statement(db, 'SELECT from_at AS fromAt, offset_ms AS offsetMs FROM site_day_offsets WHERE site_id = ? ORDER BY from_at').all(
      siteId,
    ) as ZoneStretch[];
    if (same(stored, rules)) return false;
    statement(db, 'DELETE FROM site_day_offsets WHERE site_id = ?').run(siteId);
    const insert = statement(db, 'INSERT INTO site_day_offsets (site_id, from_at, offset_ms) VALUES (?, ?, ?)');
    for (const { fromAt, offsetMs } of rules) insert.run(siteId, fromAt, offsetMs);
    for (const table of [...ZONED_ROLLUP_TABLES, ZONED_TERM_TABLE, 'attribute_days', 'survey_answer_days', ZONED_ATTRIBUTE_RATING_TABLE]) statement(db, `DELETE FROM ${table} WHERE site_id = ?`).run(siteId);
    statement(db, 'INSERT OR REPLACE INTO rating_days_recounts (site_id, done_before) VALUES (?, ?)').run(siteId, Number.MIN_SAFE_INTEGER);
    return true;
  });
}

/** The runtime's time-zone rules (ICU's tz data, e.g. "2025c"): offsets computed under one version stay right until it changes. */
const RUNTIME_ZONE_RULES = process.versions.tz ?? 'unknown';

/**
 * Every site's offsets by the runtime's rules: after migration 34 (which stored
 * UTC for all) and after an update of the zone rules. Skipped when the rules
 * are those of the last sync (zone_rules_synced), as they are at almost every
 * start: creating a site and changing its zone set its offsets themselves.
 * Returns how many sites changed.
 */
export function syncSiteDayOffsets(db: Db, rulesVersion: string = RUNTIME_ZONE_RULES): number {
  const synced = statement(db, 'SELECT version FROM zone_rules_synced').pluck().get() as string | undefined;
  if (synced === rulesVersion) return 0;
  const sites = statement(db, 'SELECT id, time_zone AS timeZone FROM sites').all() as { id: number; timeZone: string }[];
  const changed = sites.filter(({ id, timeZone }) => setSiteDayOffsets(db, id, timeZone)).length;
  // Marked only once every site is done: a stop half-way syncs them all again at the next start.
  write(db, () => statement(db, 'INSERT OR REPLACE INTO zone_rules_synced (id, version) VALUES (1, ?)').run(rulesVersion));
  return changed;
}
