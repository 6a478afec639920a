import { PostgresDb } from './PostgresDb.ts';
import { urlWithoutPassword } from './urlWithoutPassword.ts';

/**
 * A connection to an existing database, as the collector's threads open them.
 * A failure names the address without its password (it ends up in logs and
 * on the terminal). `readOnly`: a view worker's, which must never write, as
 * its SQLite connection cannot.
 */
export function connectPostgres(url: string, { readOnly = false } = {}): PostgresDb {
  let db: PostgresDb;
  try {
    db = new PostgresDb(url);
  } catch (error) {
    const { message, code } = error as { message?: string; code?: string };
    throw new Error(`cannot connect to PostgreSQL at ${urlWithoutPassword(url)}: ${message || code || String(error)}`);
  }
  // A 2xx means the row is on disk (ARCHITECTURE.md, goal 2): a server whose setting waives that for
  // speed does not get to waive it for the collector. Stronger settings (remote_apply…) are kept.
  db.exec("SELECT set_config('synchronous_commit', 'on', false) WHERE current_setting('synchronous_commit') = 'off'");
  if (readOnly) db.exec('SET default_transaction_read_only = on');
  return db;
}
