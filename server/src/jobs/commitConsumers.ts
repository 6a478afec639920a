import type { CaseMailContext } from '../cases/assignmentMail.ts';
import type { Db } from '../db/openDatabase.ts';
import { groupCommit } from '../ingest/groupCommit.ts';
import { openSomeCases } from '../cases/openCasesFromNewFeedback.ts';
import { drainFeedbackEvents } from '../webhooks/feedbackEvents.ts';
import { indexSomeComments } from './commentTerms.ts';

/** Comments split into terms per turn of the event loop after a commit: ~10 ms of work, so no request waits long behind it. */
const COMMENTS_PER_TURN = 100;

/**
 * What is derived from stored rows after each ingest commit, off the
 * acknowledgement's path: registered on the connection that commits, the main
 * one (app.ts) and the ingest writer's thread (ingestWriterWorker.ts). `now` is
 * the collector's clock; on the writer's thread, the one the main thread sends.
 * `mail` lets a routing rule's assignee be e-mailed; `kick` sends it at once
 * (the main thread's relay; on the writer's thread the mail waits for its next kick).
 */
export function registerCommitConsumers(db: Db, now: () => number, mail?: CaseMailContext & { kick?: () => void }): void {
  groupCommit(db).afterCommit('comment terms', (conn) => indexSomeComments(conn, COMMENTS_PER_TURN) === COMMENTS_PER_TURN);
  groupCommit(db).afterCommit('cases', (conn) => {
    const more = openSomeCases(conn, now(), mail);
    mail?.kick?.();
    return more;
  });
  // feedback.created for webhooks (the relay also drains at start and on every tick, which is
  // what picks the events up when this runs on the writer's thread).
  groupCommit(db).afterCommit('webhook events', (conn) => {
    drainFeedbackEvents(conn, now());
    return false;
  });
}
