import { parentPort, workerData } from 'node:worker_threads';
import { openWriter } from './db/openStorage.ts';
import type { Storage } from './db/storage.ts';
import { WRITER_BUSY_TIMEOUT_MS } from './ingest/writerBusyTimeout.ts';
import { serveIngestWrites } from './ingest/serveIngestWrites.ts';
import { writerClock } from './ingest/writerClock.ts';
import { registerCommitConsumers } from './jobs/commitConsumers.ts';

// The ingest writer's thread (started by ingest/ingestWriter.ts): its own
// connection to the collector's database, the consumers of its commits, and
// the groups the main thread posts.
const data = workerData as { storage: Storage; mail?: { from: string; dashboardUrl?: string } };
// Longer than the main thread's wait for the write lock (openDatabase's 50 ms): waiting here holds no
// event loop, only this group's 202s, and on a busy machine a main-thread writer (the webhook relay, the
// ingestion counters) descheduled while holding the lock for more than 50 ms made a whole group a 503.
const db = openWriter(data.storage, WRITER_BUSY_TIMEOUT_MS);
const clock = writerClock();
registerCommitConsumers(db, clock.now, data.mail);
serveIngestWrites(db, parentPort!, clock);
