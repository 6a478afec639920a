import { createHash } from 'node:crypto';
import type { Db } from '../Db.ts';
import { standaloneStatement } from '../statement.ts';
import { sharedByCollectors } from './sharedByCollectors.ts';

/**
 * The first key of every job's advisory lock ("tpjb"): the two-key form, so
 * no job can collide with PostgresDb's one-key write lock.
 */
const JOB_LOCKS = 0x74706a62;

/**
 * Runs a scheduled job's turn unless another collector on this database is
 * running the same job: on PostgreSQL a session advisory lock named after the
 * job is tried (never waited for) and released when the turn ends, also when
 * `work`'s promise settles; a killed collector's lock goes with its
 * connection. Answers `work`'s result, or undefined when the turn was
 * skipped. On SQLite it simply runs: one process, whose jobs guard themselves.
 */
export function aloneOrSkip<T>(db: Db, job: string, work: () => T): T | undefined {
  if (!sharedByCollectors(db)) return work();
  const key = createHash('sha256').update(job).digest().readInt32BE(0);
  const taken = standaloneStatement(db, 'SELECT pg_try_advisory_lock(?::integer, ?::integer)').pluck().get(JOB_LOCKS, key) === 1;
  if (!taken) return undefined;
  const release = () => {
    if (db.open) standaloneStatement(db, 'SELECT pg_advisory_unlock(?::integer, ?::integer)').get(JOB_LOCKS, key);
  };
  let result: T;
  try {
    result = work();
  } catch (error) {
    release();
    throw error;
  }
  if (result instanceof Promise) return result.finally(release) as T;
  release();
  return result;
}
