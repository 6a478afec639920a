import Database from 'better-sqlite3';
import type { IngestRow } from './ingestRow.ts';

/** What the main thread posts to the ingest writer: one group, or the end. */
export type WriterRequest = { rows: IngestRow[]; now: number } | { close: true };

/** An error as it crosses threads: structured clone keeps an Error's message but drops SQLite's `code`. */
export interface WireError {
  name: string;
  message: string;
  code?: string;
}

export type WireSettled = { ok: true; value: unknown } | { ok: false; error: WireError };

/** The writer's answer to one group: each row's outcome, or the COMMIT's failure (every row fails). */
export type WriterAnswer = { results: WireSettled[] } | { failed: WireError };

export function toWire(error: unknown): WireError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  const code = (error as { code?: unknown }).code;
  return { name: error.name, message: error.message, ...(typeof code === 'string' ? { code } : {}) };
}

/**
 * The error again, of the class http/storageErrors.ts recognises, so a busy,
 * full or read-only database still answers 503 with Retry-After.
 */
export function fromWire({ name, message, code }: WireError): Error {
  if (name === 'SqliteError' && code) return new Database.SqliteError(message, code);
  if (name === 'TypeError') return new TypeError(message);
  return Object.assign(new Error(message), { name }, code ? { code } : {});
}
