import type { Db } from '../Db.ts';
import { PostgresDb } from '../postgres/PostgresDb.ts';

/**
 * Makes this connection refuse every write, as a read-only disk or standby would
 * (SQLITE_READONLY on both engines), until the returned function is called: how
 * the tests of "nothing could be stored" pages inject it on either engine.
 */
export function refuseWrites(db: Db): () => void {
  if (db instanceof PostgresDb) {
    db.exec('SET default_transaction_read_only = on');
    return () => db.exec('SET default_transaction_read_only = off');
  }
  db.pragma('query_only = ON');
  return () => db.pragma('query_only = OFF');
}
