import type { MessagePort } from 'node:worker_threads';
import type { Db } from '../db/openDatabase.ts';
import { writeEach } from '../db/write.ts';
import { groupCommit } from './groupCommit.ts';
import { insertIngestRow } from './ingestRow.ts';
import type { WriterClock } from './writerClock.ts';
import { toWire, type WriterAnswer, type WriterRequest } from './writerMessages.ts';

/**
 * The ingest writer's side (ingest/ingestWriter.ts is the main thread's): each
 * group posted is stored in one transaction (db/write.ts `writeEach`, a
 * savepoint per row) and answered only after its COMMIT returned. The
 * post-commit consumers run here too, on this connection, between groups.
 */
export function serveIngestWrites(db: Db, port: MessagePort, clock: WriterClock): void {
  port.on('message', (request: WriterRequest) => {
    if ('close' in request) {
      groupCommit(db).stop();
      db.close();
      port.close();
      return;
    }
    clock.set(request.now);
    let answer: WriterAnswer;
    try {
      const results = writeEach(
        db,
        request.rows.map((row) => () => insertIngestRow(db, row)),
      );
      answer = { results: results.map((r) => (r.ok ? r : { ok: false, error: toWire(r.error) })) };
    } catch (error) {
      answer = { failed: toWire(error) };
    }
    port.postMessage(answer);
    if ('results' in answer) groupCommit(db).committed();
  });
}
