import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { Db } from '../db/openDatabase.ts';
import type { Storage } from '../db/storage.ts';
import type { IngestRow } from './ingestRow.ts';
import { fromWire, type WriterAnswer, type WriterRequest } from './writerMessages.ts';

/** The writer thread's heap limits, in MB (see startWorker). */
const WRITER_HEAP = { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 3 };

/** Rows per transaction at most, as in groupCommit.ts. */
const MAX_BATCH = 1000;

interface Pending {
  row: IngestRow;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit on a thread of its own (issue 15). On the main thread a COMMIT
 * with synchronous = FULL holds the event loop for the whole fsync; here the
 * writer thread, on its own connection, commits one group while the main
 * thread goes on parsing and validating the next requests, which queue up and
 * make the next group as soon as the previous one is answered. A promise
 * settles only when the writer reports the COMMIT holding its row returned, so
 * a 202 still means on disk. Other writes (dashboard, auth, the post-commit
 * consumers) stay on the main connection; SQLite's lock and busy timeout keep
 * one writer at a time, and a busy or failed COMMIT comes back as the same
 * SqliteError, answered 503 with Retry-After. The writer runs the consumers
 * of its commits (comment terms) itself, so they never wait for the lock here.
 */
class IngestWriter {
  #worker: Worker | undefined;
  #queue: Pending[] = [];
  #inFlight: Pending[] | undefined;
  #closed = false;

  constructor(
    private readonly storage: Storage,
    private readonly entry: URL,
    private readonly now: () => number,
    private readonly mail?: WriterMail,
  ) {
    this.#workerNow(); // now, so it loads while the server starts listening
  }

  store(row: IngestRow): Promise<unknown> {
    if (this.#closed) return Promise.reject(new TypeError('The ingest writer’s database connection is not open'));
    return new Promise((resolve, reject) => {
      this.#queue.push({ row, resolve, reject });
      this.#send();
    });
  }

  /** The running thread's heap limits as V8 applied them (undefined before it starts). */
  heapLimits(): ResourceLimits | undefined {
    return this.#worker?.resourceLimits;
  }

  /** After the last request was answered (startCollector's close): the writer closes its connection. */
  async close(): Promise<void> {
    this.#closed = true;
    const worker = this.#worker;
    if (!worker) return;
    const exited = new Promise((resolve) => worker.once('exit', resolve));
    worker.postMessage({ close: true } satisfies WriterRequest);
    await exited;
  }

  #send(): void {
    if (this.#inFlight || this.#queue.length === 0) return;
    this.#inFlight = this.#queue.splice(0, MAX_BATCH);
    this.#workerNow().postMessage({ rows: this.#inFlight.map((p) => p.row), now: this.now() } satisfies WriterRequest);
  }

  #answered(answer: WriterAnswer): void {
    const group = this.#inFlight ?? [];
    this.#inFlight = undefined;
    if ('failed' in answer) {
      const error = fromWire(answer.failed);
      for (const p of group) p.reject(error);
    } else {
      answer.results.forEach((r, i) => (r.ok ? group[i]!.resolve(r.value) : group[i]!.reject(fromWire(r.error))));
    }
    this.#send();
  }

  /**
   * The thread died (it could not open the database, or crashed): whether the
   * group in flight was committed is unknown, so its requests get 503 and are
   * sent again by the widget (a stored id is skipped). Queued rows go to a new thread.
   */
  #stopped(worker: Worker, error: unknown): void {
    if (this.#worker !== worker) return;
    this.#worker = undefined;
    const group = this.#inFlight ?? [];
    this.#inFlight = undefined;
    const unavailable = new TypeError(`The ingest writer’s database connection is not open (${String(error)})`);
    for (const p of group) p.reject(unavailable);
    if (!this.#closed) this.#send();
  }

  #workerNow(): Worker {
    if (this.#worker) return this.#worker;
    const worker = startWorker(this.entry, { storage: this.storage, mail: this.mail });
    worker.on('message', (answer: WriterAnswer) => this.#answered(answer));
    worker.on('error', (error) => this.#stopped(worker, error));
    worker.on('exit', (code) => this.#stopped(worker, `exit ${code}`));
    worker.unref(); // never what keeps the process alive: the HTTP server is
    this.#worker = worker;
    return worker;
  }
}

/** Built JavaScript starts directly; TypeScript source (tests, `npm run dev`) through tsx's ESM API. */
function startWorker(entry: URL, workerData: { storage: Storage; mail?: WriterMail }): Worker {
  // A small heap: the writer holds one group (≤ 1000 rows) and a consumer's batch at a time; V8's defaults
  // (its young generation grows to 48 MB under the ingest load) would add tens of MB to the collector's RSS
  // (issue 15: ≤ 150 MB under load). Running out ends the thread, handled as a crash.
  const options = { workerData, resourceLimits: WRITER_HEAP };
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry, options);
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const bootstrap = `import(${JSON.stringify(tsx)}).then(({ tsImport }) => tsImport(${JSON.stringify(entry.href)}, ${JSON.stringify(entry.href)}))`;
  return new Worker(bootstrap, { ...options, eval: true });
}

/** The sender and dashboard address of the case mail the writer's commit consumers queue (cases/assignmentMail.ts). */
interface WriterMail {
  from: string;
  dashboardUrl?: string;
}

const byDb = new WeakMap<Db, IngestWriter>();

/**
 * Ingest into `db` goes through a writer thread from now on, started from
 * `entry` (startCollector's ingestWriterWorker), which opens its own connection
 * to `storage`, where `db` is (an in-memory database, as in most tests, cannot
 * be shared with a thread and keeps ingest/groupCommit.ts).
 * Each group carries the collector's `now`, the writer thread's only clock.
 */
export function startIngestWriter(
  db: Db,
  { storage, entry, now, mail }: { storage: Storage; entry: URL; now: () => number; mail?: WriterMail },
): Pick<IngestWriter, 'close' | 'heapLimits'> {
  const writer = new IngestWriter(storage, entry, now, mail);
  byDb.set(db, writer);
  return writer;
}

/** The writer thread storing `db`'s ingest, if one was started. */
export function ingestWriterOf(db: Db): Pick<IngestWriter, 'store'> | undefined {
  return byDb.get(db);
}
