// The real view worker, except that it dies as a crash would (exit code 70)
// when asked for any view of a site named "Crash": viewWorkers.test.ts checks
// that the pool fails only that view and replaces the worker.
import { parentPort, workerData } from 'node:worker_threads';
import type { Storage } from '../src/db/storage.ts';
import { serveViews } from '../src/views/serveViews.ts';

parentPort!.on('message', (request: { params: { site: { name: string } } }) => {
  if (request.params.site.name === 'Crash') process.exit(70);
});
serveViews(parentPort!, (workerData as { storage: Storage }).storage);
