import Database from 'better-sqlite3';
import { ApiError } from './ApiError.ts';

// SQLite result codes that mean "not stored, try again later", with how long to
// wait (seconds): a lock clears quickly, a full or read-only disk needs a person.
const RETRY_AFTER: [prefix: string, seconds: number][] = [
  ['SQLITE_BUSY', 2],
  ['SQLITE_LOCKED', 2],
  ['SQLITE_IOERR', 30],
  ['SQLITE_FULL', 60],
  ['SQLITE_READONLY', 60],
  ['SQLITE_CANTOPEN', 60],
];

// The same failures met by a file the collector keeps beside the database (the visitor salt).
const FILE_RETRY_AFTER: Record<string, number> = { ENOSPC: 60, EDQUOT: 60, EROFS: 60, EIO: 30 };

/**
 * A storage failure as a 503 with Retry-After, so a client never takes
 * something unstored for stored; undefined for other errors.
 */
export function storageUnavailable(err: unknown): ApiError | undefined {
  let seconds: number | undefined;
  if (err instanceof Database.SqliteError) {
    seconds = RETRY_AFTER.find(([prefix]) => err.code === prefix || err.code.startsWith(prefix + '_'))?.[1];
  } else if (err instanceof TypeError && /database connection is (not open|busy)/.test(err.message)) {
    seconds = 2; // closing for a restart, or an export holds the connection
  } else if (err instanceof Error && 'syscall' in err) {
    seconds = FILE_RETRY_AFTER[(err as NodeJS.ErrnoException).code ?? ''];
  }
  if (seconds === undefined) return undefined;
  return new ApiError(503, 'unavailable', 'Storage is unavailable; nothing was stored. Retry later.', undefined, {
    'Retry-After': String(seconds),
  });
}
