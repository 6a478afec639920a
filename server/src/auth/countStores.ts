import type { Db } from '../db/Db.ts';
import { sharedCountStore, type CountSince, type CountStore } from '../db/shared/countStore.ts';

/**
 * One process's counts: at most `maxKeys`, beyond which the least recently
 * changed is forgotten, so a flood of keys costs bounded memory.
 */
export class MemoryCountStore implements CountStore {
  readonly #counts = new Map<string, CountSince>();

  constructor(private readonly maxKeys: number) {}

  get(key: string): CountSince | undefined {
    return this.#counts.get(key);
  }

  update(key: string, next: (current: CountSince | undefined) => CountSince | undefined): void {
    const counted = next(this.#counts.get(key));
    // Re-inserting keeps the map in least-recently-changed order.
    this.#counts.delete(key);
    if (!counted) return;
    this.#counts.set(key, counted);
    if (this.#counts.size > this.maxKeys) this.#counts.delete(this.#counts.keys().next().value!);
  }
}

/**
 * The counts of one scope: shared by every collector when the database is
 * (db/shared/countStore.ts), so a guesser gains nothing by reaching another
 * collector; else, or without a database (unit tests), this process's memory.
 */
export function countStore(db: Db | undefined, scope: string, rule: { maxKeys: number; forgetMs: number }, now: () => number): CountStore {
  return (db && sharedCountStore(db, scope, rule.forgetMs, now)) ?? new MemoryCountStore(rule.maxKeys);
}
