import type { Db } from '../Db.ts';
import { PostgresDb } from '../postgres/PostgresDb.ts';

/**
 * Whether other collector processes may use this database at the same time:
 * PostgreSQL's, yes (ARCHITECTURE.md, "Many collectors"); a SQLite file is
 * served by the one process that holds its write lock, whose memory is enough.
 */
export function sharedByCollectors(db: Db): db is PostgresDb {
  return db instanceof PostgresDb;
}
