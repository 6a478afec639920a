// The real view worker, which first leaves `<database file>.started` beside the
// database: viewWorkers.test.ts checks that no thread starts before the first view.
import { writeFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { serveViews } from '../src/views/serveViews.ts';

const { storage } = workerData as { storage: { engine: 'sqlite'; file: string } };
writeFileSync(`${storage.file}.started`, '');
serveViews(parentPort!, storage);
