import type { Db, DbStatement } from './Db.ts';

const cache = new WeakMap<Db, Map<string, DbStatement>>();

/**
 * Prepares a statement once per database, so hot paths don't re-parse SQL.
 * A statement that writes must run inside `write()` (db/write.ts), where a
 * failed commit throws instead of passing for stored.
 */
export function statement(db: Db, sql: string): DbStatement {
  const stmt = prepared(db, sql);
  if (!stmt.readonly && !db.inTransaction) {
    throw new Error(`A write outside a transaction; wrap it in write() (server/src/db/write.ts): ${sql.trim().slice(0, 80)}`);
  }
  return stmt;
}

/**
 * The same cache without the write check, for the few statements that must
 * stand alone: the state many collectors share on PostgreSQL (db/shared/), one
 * round trip each, which write() would make three and queue behind every
 * writer's lock. Its statement's own error still throws; nothing passes for stored.
 */
export function standaloneStatement(db: Db, sql: string): DbStatement {
  return prepared(db, sql);
}

function prepared(db: Db, sql: string): DbStatement {
  let byDb = cache.get(db);
  if (!byDb) {
    byDb = new Map();
    cache.set(db, byDb);
  }
  let stmt = byDb.get(sql);
  if (!stmt) {
    stmt = db.prepare(sql);
    byDb.set(sql, stmt);
  }
  return stmt;
}
