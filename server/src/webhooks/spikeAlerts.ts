import type { Problem } from '../../../shared/schemas/fixFirst.ts';
import { shiftLocalDays } from '../../../shared/time/localDays.ts';
import type { Db } from '../db/openDatabase.ts';
import { listSites } from '../db/queries/sites/listSites.ts';
import { lastAnnouncement, recordAnnouncement, sitesWanting } from '../db/queries/webhooks/problemAnnouncements.ts';
import { write } from '../db/write.ts';
import { buildFixFirst } from '../insight/buildFixFirst.ts';
import { viewPeriods } from '../insight/viewPeriods.ts';
import { queueAlertMail, type AlertMailContext } from './alertMail.ts';
import { newEventId } from './eventId.ts';
import { outboxChanged } from './outboxSignal.ts';
import { publishEvent } from './publishEvent.ts';

const WEEK = 7 * 86_400_000;
/** Problems looked at per site: fix first's ranking, deep enough that a new one low in the list is still seen. */
const PROBLEMS = 200;

/** Announce now? Never before; or a week since; or its impact has doubled since it was last announced. */
function worthAnnouncing(problem: Problem, last: { impact: number; announcedAt: number } | undefined, now: number): boolean {
  return !last || now - last.announcedAt >= WEEK || problem.impact >= 2 * last.impact;
}

/** The problem as `problem.flagged` carries it: fix first's line over the trailing week against the week before. */
function flaggedData(problem: Problem, from: number, to: number) {
  return {
    kind: problem.kind,
    key: problem.key,
    label: problem.label,
    context: problem.context,
    flag: problem.flag,
    impact: problem.impact,
    negativeRatings: problem.negativeRatings,
    abandonments: problem.abandonments,
    previousImpact: problem.previous.impact,
    touchpoint: problem.touchpoint ?? null,
    path: problem.path ?? null,
    journey: problem.journey ?? null,
    step: problem.step ?? null,
    reason: problem.reason ?? null,
    examples: problem.examples,
    from: new Date(from).toISOString(),
    to: new Date(to).toISOString(),
  };
}

/**
 * Spike alerts, run hourly: fix first over the trailing 7 days against the 7
 * before, for each site (with `mail`: its routed team is e-mailed too; without,
 * only sites with a destination for `problem.flagged`); every
 * problem it flags new or growing is announced once (see worthAnnouncing).
 * The announcement is recorded in the transaction that queues its event.
 * Returns the problems announced.
 */
export function announceFlaggedProblems(db: Db, now: number, mail?: Omit<AlertMailContext, 'now'>): Problem[] {
  // With mail, every site: its teams are told; without, only sites with a destination for the event.
  const wanted = mail ? undefined : new Set(sitesWanting(db, 'problem.flagged'));
  const announced: Problem[] = [];
  for (const site of listSites(db)) {
    if (wanted && !wanted.has(site.id)) continue;
    const from = shiftLocalDays(now, -7, site.timeZone);
    const periods = viewPeriods(db, site, { from: new Date(from).toISOString(), to: new Date(now).toISOString() }, now);
    for (const problem of buildFixFirst(db, site, periods, { kind: null, limit: PROBLEMS }).problems) {
      if (!problem.flag || !worthAnnouncing(problem, lastAnnouncement(db, site.id, problem.kind, problem.key), now)) continue;
      write(db, () => {
        publishEvent(
          db,
          { id: newEventId(), type: 'problem.flagged', site, data: flaggedData(problem, from, now), facts: { touchpoint: problem.touchpoint } },
          now,
        );
        recordAnnouncement(db, site.id, problem.kind, problem.key, problem.impact, now);
        if (mail) queueAlertMail(db, site, problem, { ...mail, now });
      });
      announced.push(problem);
    }
  }
  if (announced.length > 0) outboxChanged(db);
  return announced;
}
