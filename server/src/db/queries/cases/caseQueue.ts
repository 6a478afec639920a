import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';

export interface QueuedFeedback {
  seq: number;
  siteId: number;
  responseId: string | null;
  surveyAnswerId: string | null;
}

/** The oldest rows waiting to be looked at for a case (db/migrations/cases.ts fills the queue). */
export function takeQueued(db: Db, limit: number): QueuedFeedback[] {
  return statement(
    db,
    'SELECT seq, site_id AS siteId, response_id AS responseId, survey_answer_id AS surveyAnswerId FROM case_queue ORDER BY seq LIMIT ?',
  ).all(limit) as QueuedFeedback[];
}

export function dropQueued(db: Db, seq: number): void {
  statement(db, 'DELETE FROM case_queue WHERE seq = ?').run(seq);
}

/** Whether anything waits: checked before taking the write lock, so an empty queue costs one read. */
export function hasQueued(db: Db): boolean {
  return statement(db, 'SELECT 1 FROM case_queue LIMIT 1').get() !== undefined;
}
