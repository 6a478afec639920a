import Database from 'better-sqlite3';
import { BUSY_TIMEOUT_MS, type Db } from './openDatabase.ts';

/**
 * A second connection to the collector's file that can only read: a view
 * worker's. WAL lets it read while the main connection writes; the schema is
 * the main connection's business (openDatabase migrates before any worker starts).
 */
export function openReadOnly(file: string): Db {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  return db;
}
