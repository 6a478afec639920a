import type { Db } from '../db/openDatabase.ts';

const listeners = new WeakMap<Db, Set<() => void>>();

/**
 * Tells the relay of this database that deliveries were queued, so the first
 * attempt is immediate rather than at its next poll. Call after the commit.
 */
export function outboxChanged(db: Db): void {
  for (const listener of listeners.get(db) ?? []) listener();
}

/** The relay's side; returns the function that stops listening. */
export function onOutboxChanged(db: Db, listener: () => void): () => void {
  let set = listeners.get(db);
  if (!set) listeners.set(db, (set = new Set()));
  set.add(listener);
  return () => set.delete(listener);
}
