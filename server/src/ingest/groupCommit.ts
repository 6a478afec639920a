import type { Db } from '../db/openDatabase.ts';
import { writeEach } from '../db/write.ts';

/** Rows per transaction at most: a flood is committed in several, each short. */
const MAX_BATCH = 1000;
/**
 * How long after a commit the post-commit consumers run: long enough that
 * under load they take many commits' rows at once (one write of theirs per
 * ~tens of batches), short enough that a dashboard sees a comment's themes
 * almost as soon as it is acknowledged.
 */
const AFTER_COMMIT_DELAY_MS = 200;

/**
 * Reads stored rows past its own cursor and derives what it keeps from them,
 * writing through write(). It should do a bounded amount per call (a batch)
 * and return true when there is more: it is called again on the next turn of
 * the event loop, so requests are served in between.
 */
export type AfterCommitListener = (db: Db) => boolean | void;

interface Pending {
  work: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit for ingest: requests are validated in parallel, each hands its
 * insert to `submit`, and one transaction (db/write.ts `writeEach`, one
 * savepoint per request) commits everything queued since the last commit, on
 * the next turn of the event loop. better-sqlite3 commits synchronously, so
 * while one commit waits for the disk the next requests pile up in the socket
 * buffers and make the next batch: one fsync for the lot. Each promise settles
 * only after the COMMIT holding its row returned (`synchronous = FULL`), so a
 * 202 still means "on disk"; a request whose insert throws gets its own error,
 * and a failed COMMIT (busy, full disk) fails every request in the batch.
 *
 * What is derived from stored rows and not needed for the acknowledgement
 * (comment terms; cases and webhook events from feedback) runs after the
 * commit in listeners registered with `afterCommit`: each reads the stored
 * rows past its own cursor, so nothing is lost if the process dies first.
 */
export class GroupCommit {
  #queue: Pending[] = [];
  #flushScheduled = false;
  readonly #listeners = new Map<string, AfterCommitListener>();
  #listenersTimer: NodeJS.Timeout | undefined;
  #stopped = false;

  constructor(private readonly db: Db) {}

  /** Runs `work` (its inserts) in the next group transaction; settles after its COMMIT. */
  submit<T>(work: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.#queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
      if (!this.#flushScheduled) {
        this.#flushScheduled = true;
        setImmediate(() => this.#flush());
      }
    });
  }

  /**
   * Registers (or replaces, by name) a consumer run after commits, with a short
   * delay so one run covers many commits. It must read from the stored rows
   * (its own cursor or marker), never from what was submitted.
   */
  afterCommit(name: string, listener: AfterCommitListener): void {
    this.#listeners.set(name, listener);
  }

  /** Something was committed outside `submit` (an import): the consumers have rows to read. */
  committed(): void {
    if (this.#listenersTimer || this.#stopped || this.#listeners.size === 0) return;
    this.#listenersTimer = setTimeout(() => this.#runInTurns(), AFTER_COMMIT_DELAY_MS);
    this.#listenersTimer.unref();
  }

  #runInTurns(): void {
    if (this.#stopped || !this.#runListeners()) return;
    // The placeholder keeps committed() from scheduling a second run meanwhile.
    this.#listenersTimer = setTimeout(() => this.#runInTurns(), 0);
    this.#listenersTimer.unref();
  }

  /**
   * Runs every consumer now (tests; an import, so its themes show at once).
   * A consumer that fails (full disk) is logged and tried again after the next commit.
   */
  drain(): void {
    while (this.#runListeners());
  }

  /** One batch of each consumer; true when one of them has more. */
  #runListeners(): boolean {
    clearTimeout(this.#listenersTimer);
    this.#listenersTimer = undefined;
    if (!this.db.open) return false;
    let more = false;
    for (const [name, listener] of this.#listeners) {
      try {
        if (listener(this.db) === true) more = true;
      } catch (err) {
        console.error(`[touchpoint] ${name} after a commit failed; will retry after the next one`, err);
      }
    }
    return more;
  }

  /** No more consumer runs (shutdown); what they have not read yet is read after the next start. */
  stop(): void {
    this.#stopped = true;
    clearTimeout(this.#listenersTimer);
    this.#listenersTimer = undefined;
  }

  #flush(): void {
    this.#flushScheduled = false;
    const batch = this.#queue.splice(0, MAX_BATCH);
    if (this.#queue.length > 0) {
      this.#flushScheduled = true;
      setImmediate(() => this.#flush());
    }
    if (batch.length === 0) return;
    let results;
    try {
      results = writeEach(
        this.db,
        batch.map((p) => p.work),
      );
    } catch (error) {
      for (const p of batch) p.reject(error);
      return;
    }
    results.forEach((result, i) => (result.ok ? batch[i]!.resolve(result.value) : batch[i]!.reject(result.error)));
    this.committed();
  }
}

const byDb = new WeakMap<Db, GroupCommit>();

/** One queue per database, shared by the routes that ingest, the consumers and whoever closes it. */
export function groupCommit(db: Db): GroupCommit {
  let queue = byDb.get(db);
  if (!queue) {
    queue = new GroupCommit(db);
    byDb.set(db, queue);
  }
  return queue;
}
