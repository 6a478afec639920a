import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from './db/openDatabase.ts';
import { serveIngestWrites } from './ingest/serveIngestWrites.ts';
import { writerClock } from './ingest/writerClock.ts';
import { registerCommitConsumers } from './jobs/commitConsumers.ts';

// The ingest writer's thread (started by ingest/ingestWriter.ts): its own
// connection to the collector's database, the consumers of its commits, and
// the groups the main thread posts.
const data = workerData as { file: string; mail?: { from: string; dashboardUrl?: string } };
const db = openDatabase(data.file);
const clock = writerClock();
registerCommitConsumers(db, clock.now, data.mail);
serveIngestWrites(db, parentPort!, clock);
