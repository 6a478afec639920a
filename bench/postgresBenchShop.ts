// The bench shop (bench/benchShop.ts) on PostgreSQL: the same generated rows,
// in a throwaway cluster (as the conformance suite starts one), migrated by
// openPostgres. The rows go in 64 to an INSERT with every trigger live, one
// transaction, so the rollups are the triggers' own: fine for the tens of
// thousands this is run with on a shared machine, not for millions.

import type { Db } from '../server/src/db/openDatabase.ts';
import { openPostgres } from '../server/src/db/postgres/openPostgres.ts';
import type { StoredSite } from '../server/src/db/queries/sites/siteRow.ts';
import { indexCommentTerms } from '../server/src/jobs/commentTerms.ts';
import { startThrowawayCluster } from '../server/test/postgres/throwawayCluster.ts';
import { batchedInserts } from './benchRowInserts.ts';
import { generateBenchRows } from './benchRows.ts';
import { perSecond, progress, seconds, seedBenchSite } from './benchShop.ts';

/** A bench shop on PostgreSQL; `stop()` closes it and deletes the cluster. */
export async function postgresBenchShop(responses: number, now: number): Promise<{ db: Db; site: StoredSite; stop: () => void }> {
  const started = performance.now();
  const cluster = await startThrowawayCluster();
  let db: Db | undefined;
  const stop = () => {
    try {
      db?.close();
    } finally {
      cluster.stop();
    }
  };
  try {
    db = openPostgres(cluster.url('postgres'), now);
    const site = seedBenchSite(db, now);
    const loadStarted = performance.now();
    const sink = batchedInserts(db, site.id);
    let done = 0;
    db.transaction(() => {
      generateBenchRows(responses, now, {
        response(row) {
          sink.response(row);
          if (++done % 10_000 === 0) progress(done);
        },
        answer: sink.answer,
      });
      sink.flush();
    })();
    db.exec('ANALYZE');
    console.log(`\ngenerated (PostgreSQL, triggers live) in ${seconds(loadStarted)}: ${perSecond(responses, loadStarted)}`);
    const indexStarted = performance.now();
    const indexed = indexCommentTerms(db);
    db.exec('ANALYZE');
    console.log(`tokenized ${indexed.toLocaleString('en')} comments in ${seconds(indexStarted)}`);
    console.log(`bench shop of ${responses.toLocaleString('en')} responses on PostgreSQL ready in ${seconds(started)}`);
    return { db, site, stop };
  } catch (error) {
    stop();
    throw error;
  }
}
