import type { EventType } from '../../../shared/schemas/webhook.ts';
import type { CaseMailContext } from '../cases/assignmentMail.ts';
import { queueOverdueMail } from '../cases/overdueMail.ts';
import type { Db } from '../db/openDatabase.ts';
import type { CaseRow } from '../db/queries/cases/caseRow.ts';
import { caseChangesAfter, lastCaseEventId, markOverdueSent, newlyOverdueCases, type CaseChange } from '../db/queries/webhooks/caseChanges.ts';
import { moveCursor, readCursor } from '../db/queries/webhooks/eventCursors.ts';
import { write } from '../db/write.ts';
import { derivedEventId } from './eventId.ts';
import { outboxChanged } from './outboxSignal.ts';
import { publishEvent } from './publishEvent.ts';

const BATCH = 500;

/** Which audit entries are events: opening, a new assignee or team, a new status. Notes and replies are not. */
const TYPE_OF_FIELD: Record<string, EventType> = {
  created: 'case.created',
  assignee: 'case.assigned',
  team: 'case.assigned',
  status: 'case.status_changed',
};

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** A case as events carry it: no shopper text (its feedback is linked by the API, not copied). */
function caseData(row: CaseRow) {
  return {
    id: row.id,
    status: row.status,
    team: row.team,
    assignee: row.assigneeEmail,
    problem: row.problem,
    createdAt: iso(row.createdAt),
    firstResponseAt: iso(row.firstResponseAt),
    firstResponseDueAt: iso(row.firstResponseDueAt),
    dueAt: iso(row.dueAt),
    resolvedAt: iso(row.resolvedAt),
  };
}

function changeEvent(change: CaseChange, type: EventType) {
  return {
    id: derivedEventId('case_events', String(change.id)),
    type,
    site: { id: change.case.siteId, key: change.siteKey },
    data: { case: caseData(change.case), change: { field: change.field, from: change.from, to: change.to, actor: change.actor, at: iso(change.at) } },
    facts: { team: change.case.team },
  };
}

/**
 * `case.created`, `case.assigned`, `case.status_changed` from the cases' audit
 * trail, after its commit, by a cursor moved in the transaction that queues
 * the events (as feedbackEvents.ts does for feedback). Returns how many were queued.
 */
export function drainCaseEvents(db: Db, now: number): number {
  let queued = 0;
  // A read first: the relay calls this every second, and a write each time would cost a sync to disk.
  let more = lastCaseEventId(db) > readCursor(db, 'case_events');
  while (more) {
    more = write(db, () => {
      const changes = caseChangesAfter(db, readCursor(db, 'case_events'), BATCH);
      for (const change of changes) {
        const type = TYPE_OF_FIELD[change.field];
        if (type && publishEvent(db, changeEvent(change, type), now)) queued++;
      }
      const last = changes.at(-1);
      if (last) moveCursor(db, 'case_events', last.id);
      return changes.length === BATCH;
    });
  }
  if (queued > 0) outboxChanged(db);
  return queued;
}

/**
 * `case.overdue`, once per case, for open cases past their first-response or
 * resolution time; with `mail`, the case's team is e-mailed in the same write.
 * Returns how many events and mails were queued.
 */
export function sendOverdueCaseEvents(db: Db, now: number, mail?: CaseMailContext): { events: number; mails: number } {
  let queued = 0;
  let mails = 0;
  const overdue = newlyOverdueCases(db, now);
  if (overdue.length === 0) return { events: 0, mails: 0 };
  write(db, () => {
    for (const row of overdue) {
      const event = { id: derivedEventId('case.overdue', String(row.id)), type: 'case.overdue' as const, site: { id: row.siteId, key: row.siteKey }, data: { case: caseData(row) }, facts: { team: row.team } };
      if (publishEvent(db, event, now)) queued++;
      if (mail && queueOverdueMail(db, row, row.siteKey, { ...mail, now })) mails++;
      markOverdueSent(db, row.id, now);
    }
  });
  if (queued > 0) outboxChanged(db);
  return { events: queued, mails };
}
