// A view worker's entry: viewWorkerPool.ts starts it with where the database is in workerData.
import { parentPort, workerData } from 'node:worker_threads';
import type { Storage } from '../db/storage.ts';
import { serveViews } from './serveViews.ts';

serveViews(parentPort!, (workerData as { storage: Storage }).storage);
