import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from './db/openDatabase.ts';
import { serveIngestWrites } from './ingest/serveIngestWrites.ts';
import { writerClock } from './ingest/writerClock.ts';
import { registerCommitConsumers } from './jobs/commitConsumers.ts';

// The ingest writer's thread (started by ingest/ingestWriter.ts): its own
// connection to the collector's database, the consumers of its commits, and
// the groups the main thread posts.
const db = openDatabase((workerData as { file: string }).file);
const clock = writerClock();
registerCommitConsumers(db, clock.now);
serveIngestWrites(db, parentPort!, clock);
