// How the bench shop's rows are inserted: one at a time (as a collector stores
// them), or ratings many to a statement for the bulk load.

import type { Db } from '../server/src/db/openDatabase.ts';
import { ANSWER_COLUMNS, RESPONSE_COLUMNS, type BenchResponse, type BenchRowSink } from './benchRows.ts';

/** Rows per INSERT on the bulk path: one statement for 64 ratings costs a fifth less than one per rating. */
const ROWS_PER_INSERT = 64;

function responseInsert(db: Db, siteId: number, rows: number) {
  const values = `(${siteId}, 'page_rating', NULL, ${'?, '.repeat(11)}?)`;
  return db.prepare(`INSERT INTO responses (site_id, type, title, ${RESPONSE_COLUMNS}) VALUES ${Array(rows).fill(values).join(', ')}`);
}

/** Inserts each row as it comes. */
export function rowInserts(db: Db, siteId: number): BenchRowSink {
  const insert = responseInsert(db, siteId, 1);
  const answer = db.prepare(
    `INSERT INTO survey_answers (site_id, survey, question, question_type, path, ${ANSWER_COLUMNS})
     VALUES (${siteId}, 'nps', 'recommend', 'nps', '/checkout/thank-you', ${'?, '.repeat(6)}?)`,
  );
  return { response: (row) => insert.run(row), answer: (row) => answer.run(row) };
}

/** Inserts ratings ROWS_PER_INSERT at a time, in order: those waiting go in before an answer, and at `flush`. */
export function batchedInserts(db: Db, siteId: number): BenchRowSink & { flush(): void } {
  const single = rowInserts(db, siteId);
  const batch = responseInsert(db, siteId, ROWS_PER_INSERT);
  let waiting: BenchResponse[] = [];
  const flush = () => {
    waiting.forEach(single.response);
    waiting = [];
  };
  return {
    response(row) {
      waiting.push(row);
      if (waiting.length < ROWS_PER_INSERT) return;
      batch.run(waiting.flat());
      waiting = [];
    },
    answer(row) {
      flush();
      single.answer(row);
    },
    flush,
  };
}
