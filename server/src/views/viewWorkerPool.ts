import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Storage } from '../db/storage.ts';
import { ApiError } from '../http/ApiError.ts';
import { errorOfReply, type ViewReply, type ViewRequest } from './viewMessages.ts';
import type { ViewRunner } from './ViewRunner.ts';

/** Views waiting for a free worker at most; past that a view answers 503 at once rather than wait behind a flood. */
const MAX_WAITING = 64;
/**
 * A worker's heap: a view that runs away (the red team's 3 GB survey results)
 * ends its worker, which is replaced, instead of the collector.
 */
const WORKER_HEAP_MB = 1024;

interface Task {
  request: ViewRequest;
  resolve(json: string): void;
  reject(err: Error): void;
}

interface Slot {
  worker: Worker;
  task?: Task;
  answered: boolean;
}

function unavailable(message: string, retryAfter: number): ApiError {
  return new ApiError(503, 'unavailable', message, undefined, { 'Retry-After': String(retryAfter) });
}

/** The worker's entry next to this file, as it runs: `viewWorker.ts` under tsx, `viewWorker.js` once built. */
const WORKER_ENTRY = new URL(import.meta.url.endsWith('.ts') ? './viewWorker.ts' : './viewWorker.js', import.meta.url);

/**
 * Built JavaScript starts directly; TypeScript source starts through tsx's
 * `tsImport`, since a worker does not inherit the main thread's loader.
 */
function startWorker(entry: URL, storage: Storage): Worker {
  const options = { workerData: { storage }, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } };
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry, options);
  // tsx's ESM API (its `require` export is the CommonJS one, whose tsImport cannot load ESM in a worker).
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const bootstrap = `import(${JSON.stringify(tsx)}).then(({ tsImport }) => tsImport(${JSON.stringify(entry.href)}, ${JSON.stringify(entry.href)}))`;
  return new Worker(bootstrap, { ...options, eval: true });
}

/**
 * `size` worker threads, each with its own read-only connection to `storage`,
 * reading the dashboard's views so that the main thread (ingestion, the public
 * site config, auth, every write) never waits for one. A view goes to the first
 * free worker, or waits in line for one. A worker that dies (a crash, its heap
 * limit) fails only the view it was reading, with a 500, and is replaced. The
 * threads start with the first view, not with the pool: each costs tens of
 * milliseconds of CPU to load its modules, which a collector starting on a
 * small machine needs for its first 202s.
 * `entry` is the worker's script: viewWorker's, or a test's around it.
 */
export function viewWorkerPool({ storage, size, entry = WORKER_ENTRY }: { storage: Storage; size: number; entry?: URL }): ViewRunner {
  const slots = new Set<Slot>();
  const waiting: Task[] = [];
  let closed = false;

  const give = (slot: Slot) => {
    const task = waiting.shift();
    if (!task) return;
    slot.task = task;
    slot.worker.postMessage(task.request);
  };

  const spawn = () => {
    const slot: Slot = { worker: startWorker(entry, storage), answered: false };
    slot.worker.on('message', (reply: ViewReply) => {
      const task = slot.task!;
      slot.task = undefined;
      slot.answered = true;
      if (reply.ok) task.resolve(reply.json);
      else task.reject(errorOfReply(task.request.name, reply));
      give(slot);
    });
    slot.worker.on('error', (err) => console.error('[touchpoint] a view worker failed', err));
    slot.worker.on('exit', (code) => {
      slots.delete(slot);
      const task = slot.task;
      if (task) {
        task.reject(
          closed
            ? unavailable('The collector is shutting down; ask again shortly.', 2)
            : new Error(`A view worker stopped (exit code ${code}) while reading the ${task.request.name} view.`),
        );
      }
      // A worker that had been answering is replaced at once; one that never started only when views wait for it.
      if (!closed && (slot.answered || waiting.length > 0)) fill();
    });
    slots.add(slot);
    give(slot);
  };

  const fill = () => {
    while (slots.size < size) spawn();
    for (const slot of slots) if (!slot.task) give(slot);
  };

  return {
    run(name, params, now) {
      if (closed) return Promise.reject(unavailable('The collector is shutting down; ask again shortly.', 2));
      if (waiting.length >= MAX_WAITING) return Promise.reject(unavailable('Too many views are being read; ask again shortly.', 5));
      return new Promise<string>((resolve, reject) => {
        waiting.push({ request: { name, params, now }, resolve, reject });
        fill();
      });
    },
    async close() {
      closed = true;
      for (const task of waiting.splice(0)) task.reject(unavailable('The collector is shutting down; ask again shortly.', 2));
      await Promise.all([...slots].map((slot) => slot.worker.terminate()));
    },
  };
}
