import Database from 'better-sqlite3';

// PostgreSQL's SQLSTATE classes as the SQLite result codes of the same meaning,
// so http/storageErrors.ts (503 + Retry-After) and the callers that recognise a
// taken key (auth/addUser.ts) know one kind of error whatever the engine.
const BY_STATE: [prefix: string, code: string][] = [
  ['23505', 'SQLITE_CONSTRAINT_UNIQUE'],
  ['23503', 'SQLITE_CONSTRAINT_FOREIGNKEY'],
  ['23502', 'SQLITE_CONSTRAINT_NOTNULL'],
  ['23514', 'SQLITE_CONSTRAINT_CHECK'],
  ['23', 'SQLITE_CONSTRAINT'],
  ['40', 'SQLITE_BUSY'], // serialization failure, deadlock: try again
  ['55P03', 'SQLITE_BUSY'], // lock not available
  ['53100', 'SQLITE_FULL'], // disk full
  ['53', 'SQLITE_IOERR'], // out of memory, too many connections
  ['57P', 'SQLITE_IOERR'], // the server is shutting down
  ['08', 'SQLITE_IOERR'], // the connection is gone
  ['58', 'SQLITE_IOERR'], // I/O error
  ['25006', 'SQLITE_READONLY'], // a read-only transaction (a standby)
];

/** The statement's start goes with the message: PostgreSQL's own names no query, and the translated SQL is not in the code. */
export function sqliteErrorOf({ message: pgMessage, code }: { message: string; code?: string }, sql: string): Error {
  const message = `${pgMessage} (in: ${sql.replace(/\s+/g, ' ').trim().slice(0, 200)})`;
  const sqliteCode = code === undefined ? 'SQLITE_IOERR' : BY_STATE.find(([prefix]) => code.startsWith(prefix))?.[1];
  return sqliteCode ? new Database.SqliteError(message, sqliteCode) : Object.assign(new Error(message), { code });
}
