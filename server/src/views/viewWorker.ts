// A view worker's entry: viewWorkerPool.ts starts it with the database file in workerData.
import { parentPort, workerData } from 'node:worker_threads';
import { serveViews } from './serveViews.ts';

serveViews(parentPort!, (workerData as { file: string }).file);
