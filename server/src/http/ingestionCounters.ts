import type { Db } from '../db/openDatabase.ts';
import { addIngestionCounts, SLOT_MS, type IngestionCount } from '../db/queries/sites/ingestionCounts.ts';

const FLUSH_EVERY_MS = 1000;
/** Distinct (site, day) pairs held between flushes; keys beyond are not counted. */
const MAX_PENDING = 1000;

/**
 * Counts dropped bot submissions and 429s per site and quarter hour (stored
 * per local day of the site). Counted in memory
 * and written at most once a second, so a flood of refused requests never turns
 * into a flood of disk writes. At most a second of counts is lost on a crash.
 */
export class IngestionCounters {
  #pending = new Map<string, IngestionCount>();
  #lastFlush = 0;
  #failing = false;

  constructor(
    private readonly db: Db,
    private readonly now: () => number = Date.now,
  ) {}

  botDropped(siteKey: string): void {
    this.#add(siteKey, 'botsDropped');
  }

  rateLimited(siteKey: string | undefined): void {
    if (siteKey) this.#add(siteKey, 'rateLimited');
  }

  #add(siteKey: string, field: 'botsDropped' | 'rateLimited'): void {
    const now = this.now();
    const slot = Math.floor(now / SLOT_MS);
    const id = `${slot}|${siteKey}`;
    let count = this.#pending.get(id);
    if (!count) {
      if (this.#pending.size >= MAX_PENDING) return;
      count = { siteKey, slot, botsDropped: 0, rateLimited: 0 };
      this.#pending.set(id, count);
    }
    count[field]++;
    if (now - this.#lastFlush >= FLUSH_EVERY_MS) this.flush();
  }

  /** Writes what was counted; on a storage error keeps it for the next try. */
  flush(): void {
    this.#lastFlush = this.now();
    if (this.#pending.size === 0 || !this.db.open) return;
    const counts = [...this.#pending.values()];
    this.#pending = new Map();
    try {
      addIngestionCounts(this.db, counts);
      this.#failing = false;
    } catch (err) {
      for (const count of counts) this.#merge(count);
      if (!this.#failing) console.error('[touchpoint] could not store ingestion counts; will retry', err);
      this.#failing = true;
    }
  }

  #merge(count: IngestionCount): void {
    const id = `${count.slot}|${count.siteKey}`;
    const existing = this.#pending.get(id);
    if (!existing) this.#pending.set(id, count);
    else {
      existing.botsDropped += count.botsDropped;
      existing.rateLimited += count.rateLimited;
    }
  }
}

const byDb = new WeakMap<Db, IngestionCounters>();

/** One set of counters per database, shared by the app and whoever closes it. */
export function ingestionCounters(db: Db): IngestionCounters {
  let counters = byDb.get(db);
  if (!counters) {
    counters = new IngestionCounters(db);
    byDb.set(db, counters);
  }
  return counters;
}
