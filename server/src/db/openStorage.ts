import { openDatabase, type Db } from './openDatabase.ts';
import { openReadOnly } from './openReadOnly.ts';
import { connectPostgres } from './postgres/connectPostgres.ts';
import { openPostgres } from './postgres/openPostgres.ts';
import type { Storage } from './storage.ts';

// The three kinds of connection the collector opens, on either engine. Only
// here and below does anything know which engine `storage` names.

/** The main thread's connection: the schema brought up to date first (a failing migration throws, naming it). */
export function openStorage(storage: Storage, now: number): Db {
  return storage.engine === 'sqlite' ? openDatabase(storage.file) : openPostgres(storage.url, now);
}

/**
 * Another writer beside the main connection (the ingest writer's thread), to a
 * database openStorage has brought up to date. `busyTimeoutMs`: how long SQLite
 * waits for its write lock; PostgreSQL's writers queue on a lock of their own
 * (postgres/PostgresDb.ts) and wait as long as it is held.
 */
export function openWriter(storage: Storage, busyTimeoutMs: number): Db {
  if (storage.engine === 'postgres') return connectPostgres(storage.url);
  const db = openDatabase(storage.file);
  db.pragma(`busy_timeout = ${busyTimeoutMs}`);
  return db;
}

/** A connection that can only read (a view worker's): on PostgreSQL, to the read address, which may be a replica. */
export function openReader(storage: Storage): Db {
  return storage.engine === 'sqlite' ? openReadOnly(storage.file) : connectPostgres(storage.readUrl, { readOnly: true });
}
