import { tokenizeComment } from '../../../shared/themes/tokenizeComment.ts';
import type { Db } from '../db/openDatabase.ts';
import { insertCommentTerms } from '../db/queries/comments/insertCommentTerms.ts';
import { listUnindexedComments } from '../db/queries/comments/listUnindexedComments.ts';
import { markCommentIndexed } from '../db/queries/comments/markCommentIndexed.ts';
import { write } from '../db/write.ts';
import { runStepsInBackground, type BackgroundJob } from './stepsInBackground.ts';

/** Comments tokenized per transaction: short write locks while a backlog is worked off. */
const BATCH = 500;

/** Splits up to `limit` comments stored without their terms; returns how many. */
export function indexSomeComments(db: Db, limit = BATCH): number {
  const comments = listUnindexedComments(db, limit);
  if (comments.length === 0) return 0;
  write(db, () => {
    for (const comment of comments) {
      insertCommentTerms(db, comment, tokenizeComment(comment.text));
      markCommentIndexed(db, comment.id);
    }
  });
  return comments.length;
}

/** All of them at once (the bench; tests). Returns how many. */
export function indexCommentTerms(db: Db): number {
  let indexed = 0;
  for (let batch = indexSomeComments(db); batch > 0; batch = indexSomeComments(db)) indexed += batch;
  return indexed;
}

/**
 * Comments are split into terms after the commit that stored them, never on
 * the way to the acknowledgement: app.ts registers `indexSomeComments` as a
 * consumer of ingest/groupCommit.ts, which runs it shortly after each commit
 * (and an import runs it before answering). It reads the stored rows still
 * marked unindexed, so a crash in between loses nothing: what was left is
 * split here, in the background after the next start, a batch per turn of the
 * event loop so requests are served meanwhile, and again in `retryMs` after a
 * storage error. Until then the views leave them out; the theme views only read.
 */
export function startCommentTermsJob(db: Db, retryMs = 60_000): BackgroundJob {
  return runStepsInBackground(db, { job: 'comment terms', step: () => indexSomeComments(db) > 0, doing: 'splitting stored comments into terms', retryMs });
}
