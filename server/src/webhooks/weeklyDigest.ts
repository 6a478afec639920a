import type { StoredSite } from '../db/queries/sites/siteRow.ts';
import type { Db } from '../db/openDatabase.ts';
import { listSites } from '../db/queries/sites/listSites.ts';
import { sitesWanting } from '../db/queries/webhooks/problemAnnouncements.ts';
import { claimWeeklyDigest } from '../db/queries/webhooks/weeklyDigests.ts';
import { write } from '../db/write.ts';
import { buildFixFirst } from '../insight/buildFixFirst.ts';
import { withPeriods } from '../insight/experienceScores.ts';
import { periodFacts } from '../insight/periodFacts.ts';
import { siteJourneys } from '../insight/siteJourneys.ts';
import { emptyBucket, touchpointBuckets, TouchpointLookup } from '../insight/touchpointBuckets.ts';
import { viewPeriods } from '../insight/viewPeriods.ts';
import { derivedEventId } from './eventId.ts';
import { outboxChanged } from './outboxSignal.ts';
import { publishEvent } from './publishEvent.ts';

const DAY = 86_400_000;
const WEEK = 7 * DAY;
/** Problems listed in a digest at most. */
const PROBLEMS = 10;

/** The Monday 00:00 UTC that starts the week `now` is in. Sites have no time zone yet: UTC. */
export function weekStartOf(now: number): number {
  const day = Math.floor(now / DAY);
  // 1970-01-01 was a Thursday: day 0 is weekday 4 (Monday = 1).
  const weekday = (day + 4) % 7;
  return (day - ((weekday + 6) % 7)) * DAY;
}

/**
 * The week from `from` to `to` against the period of equal length before it,
 * site-wide: ratings with their scores and intervals, the change with its
 * interval, abandonments, and every problem fix first flags new or growing, in
 * full (where it happened decides the team it is routed to).
 */
export function weeklyFigures(db: Db, site: StoredSite, from: number, to: number) {
  const periods = viewPeriods(db, site.id, { from: new Date(from).toISOString(), to: new Date(to).toISOString() }, to);
  const journeys = siteJourneys(db, site.id);
  const everything = new TouchpointLookup([]);
  const total = (range: typeof periods.current) => touchpointBuckets(periodFacts(db, range, journeys).pages.values(), everything).get(null) ?? emptyBucket();
  const scores = withPeriods(total(periods.current), total(periods.previous));
  const flagged = buildFixFirst(db, site, periods, { kind: null, limit: 200 }).problems.filter((p) => p.flag);
  return { ...scores, flagged };
}

/** The week to `to` against the week before, with the first flagged problems: the `digest.weekly` event's data. */
export function weeklyDigestData(db: Db, site: StoredSite, to: number) {
  const from = to - WEEK;
  const { flagged, ...scores } = weeklyFigures(db, site, from, to);
  const problems = flagged
    .slice(0, PROBLEMS)
    .map((p) => ({ kind: p.kind, key: p.key, label: p.label, flag: p.flag, impact: p.impact, previousImpact: p.previous.impact }));
  return { from: new Date(from).toISOString(), to: new Date(to).toISOString(), ...scores, problems };
}

/**
 * On Mondays (UTC), each site with a destination for `digest.weekly` gets the
 * week that just ended, once: the claim and the event are one transaction.
 * Returns how many digests were queued.
 */
export function sendWeeklyDigests(db: Db, now: number): number {
  const weekStart = weekStartOf(now);
  if (now - weekStart >= DAY) return 0;
  const wanted = new Set(sitesWanting(db, 'digest.weekly'));
  let queued = 0;
  for (const site of listSites(db)) {
    if (!wanted.has(site.id)) continue;
    const data = weeklyDigestData(db, site, weekStart);
    write(db, () => {
      if (!claimWeeklyDigest(db, site.id, weekStart, now)) return;
      publishEvent(db, { id: derivedEventId('digest.weekly', String(site.id), String(weekStart)), type: 'digest.weekly', site, data }, now);
      queued++;
    });
  }
  if (queued > 0) outboxChanged(db);
  return queued;
}
