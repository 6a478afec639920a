import type { Db } from '../db/openDatabase.ts';
import { dropQueued, hasQueued, takeQueued, type QueuedFeedback } from '../db/queries/cases/caseQueue.ts';
import { findCaseOfVisit, insertCase, linkCaseFeedback } from '../db/queries/cases/insertCase.ts';
import { insertCaseEvent } from '../db/queries/cases/insertCaseEvent.ts';
import { findStoredResponse, findStoredSurveyAnswer, type StoredFeedback } from '../db/queries/cases/storedFeedback.ts';
import { write } from '../db/write.ts';
import { routeFeedback } from '../routing/matchRoutingRule.ts';
import { queueAssignmentMail, type CaseMailContext } from './assignmentMail.ts';
import { needsCase } from './needsCase.ts';
import { problemOf } from './problemOf.ts';
import { dueTimes, factsOf, siteCaseContext, type SiteCaseContext } from './siteCaseContext.ts';

/** Rows per transaction: the write lock is never held for long. */
const BATCH = 500;
/** Older feedback (an import of last year's) is history, not a case for today's team. */
const MAX_AGE_MS = 14 * 86_400_000;

function openOne(db: Db, queued: QueuedFeedback, now: number, contexts: Map<number, SiteCaseContext>, mail?: CaseMailContext): boolean {
  const feedback = queued.responseId ? findStoredResponse(db, queued.responseId) : findStoredSurveyAnswer(db, queued.surveyAnswerId!);
  if (!feedback || feedback.createdAt < now - MAX_AGE_MS) return false; // deleted meanwhile, or history
  return openCaseFor(db, feedback, now, contexts, mail);
}

/**
 * Opens a case for one stored piece of feedback when the site's settings say
 * it needs one (inside the caller's write), or adds it to its visit's case;
 * true when a case was opened. The demo seed uses it for its history too.
 * With `mail`, a rule's assignee is e-mailed in the same transaction.
 */
export function openCaseFor(db: Db, feedback: StoredFeedback, now: number, contexts: Map<number, SiteCaseContext>, mail?: CaseMailContext): boolean {
  let context = contexts.get(feedback.siteId);
  if (!context) contexts.set(feedback.siteId, (context = siteCaseContext(db, feedback.siteId)));
  if (!needsCase(feedback, context.settings)) return false;
  const existing = feedback.visitId === null ? undefined : findCaseOfVisit(db, feedback.siteId, feedback.visitId);
  if (existing !== undefined) {
    linkCaseFeedback(db, existing, feedback);
    insertCaseEvent(db, { caseId: existing, actor: null, field: 'feedback', from: null, to: feedback.type, at: now });
    return false;
  }
  const facts = factsOf(feedback, context.touchpoints);
  const routed = routeFeedback(context.routing, facts);
  const caseId = insertCase(db, {
    siteId: feedback.siteId,
    visitId: feedback.visitId,
    status: 'new',
    team: routed.team,
    assignee: routed.assignee,
    problem: problemOf(facts),
    createdAt: feedback.createdAt,
    ...dueTimes(context.teams, routed.team, feedback.createdAt),
  });
  linkCaseFeedback(db, caseId, feedback);
  insertCaseEvent(db, { caseId, actor: null, field: 'created', from: null, to: routed.team, at: now });
  if (mail && routed.assignee !== null) queueAssignmentMail(db, feedback.siteId, caseId, { ...mail, now });
  return true;
}

function openBatch(db: Db, now: number, mail?: CaseMailContext): { opened: number; more: boolean } {
  if (!hasQueued(db)) return { opened: 0, more: false };
  const contexts = new Map<number, SiteCaseContext>();
  return write(db, () => {
    const batch = takeQueued(db, BATCH);
    let opened = 0;
    for (const queued of batch) {
      if (openOne(db, queued, now, contexts, mail)) opened++;
      dropQueued(db, queued.seq);
    }
    return { opened, more: batch.length === BATCH };
  });
}

/**
 * One batch of the queue the storing transactions filled (db/migrations/015-cases.ts):
 * opens cases for the stored feedback that needs one, routed by the site's
 * rules, and adds a visit's later complaints to its case. It reads stored
 * rows, so it runs after their commit (group commit's `afterCommit`, which an
 * import drains too), never inside an ingest request, and after a crash it
 * picks up where it stopped. True when more is queued.
 */
export function openSomeCases(db: Db, now: number, mail?: CaseMailContext): boolean {
  return openBatch(db, now, mail).more;
}

/** Drains the whole queue (at start, and in tests); returns how many cases it opened. */
export function openCasesFromNewFeedback(db: Db, now: number, mail?: CaseMailContext): number {
  let opened = 0;
  for (;;) {
    const batch = openBatch(db, now, mail);
    opened += batch.opened;
    if (!batch.more) return opened;
  }
}
