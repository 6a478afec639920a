// How fast `migrate-to-postgres` copies, and that its memory does not grow with
// the table: generates N responses (default 200 000) into a SQLite file, copies
// it into a throwaway PostgreSQL cluster and prints rows/s and peak RSS.
//   npx tsx bench/migrateToPostgres.ts [responses] [--batch=ROWS]

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyToPostgres } from '../server/src/db/copyToPostgres/copyToPostgres.ts';
import { PostgresDb } from '../server/src/db/postgres/PostgresDb.ts';
import { startThrowawayCluster } from '../server/test/postgres/throwawayCluster.ts';
import { benchShop } from './benchShop.ts';

const RESPONSES = Number(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 200_000);
const BATCH = Number(process.argv.find((a) => a.startsWith('--batch='))?.slice(8) ?? 2000);
const NOW = Date.parse('2026-12-01T00:00:00Z');

const dir = mkdtempSync(join(tmpdir(), 'touchpoint-bench-migrate-'));
const file = join(dir, 'touchpoint.db');
benchShop(file, RESPONSES, NOW, { terms: false }).db.close();
const cluster = await startThrowawayCluster();
try {
  const admin = new PostgresDb(cluster.url('postgres'));
  admin.exec('CREATE DATABASE bench');
  admin.close();
  let peakRss = process.memoryUsage().rss;
  const startRss = peakRss;
  const perTable = new Map<string, { rows: number; rowsPerSecond: number }>();
  const started = performance.now();
  const result = await copyToPostgres({
    from: file,
    to: cluster.url('bench'),
    now: () => performance.now(),
    batchRows: BATCH,
    onProgress: (p) => {
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
      if (p.done) perTable.set(p.table, { rows: p.rows, rowsPerSecond: p.rowsPerSecond });
    },
  });
  const seconds = (performance.now() - started) / 1000;
  const rows = result.tables.reduce((sum, t) => sum + t.target.rows, 0);
  const largest = [...perTable].sort((a, b) => b[1].rows - a[1].rows).slice(0, 5);
  console.log(`\n${RESPONSES.toLocaleString('en')} responses, batches of ${BATCH}: ${rows.toLocaleString('en')} rows in ${result.tables.length} tables, ${seconds.toFixed(1)} s with verification (${Math.round(rows / seconds).toLocaleString('en')} rows/s), ok: ${result.ok}`);
  for (const [table, t] of largest) console.log(`  ${table}: ${t.rows.toLocaleString('en')} rows, ${Math.round(t.rowsPerSecond).toLocaleString('en')} rows/s copying`);
  console.log(`RSS: ${(startRss / 2 ** 20).toFixed(0)} MB before, peak ${(peakRss / 2 ** 20).toFixed(0)} MB during the copy (max RSS of the process ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB, the generation included)`);
} finally {
  cluster.stop();
  rmSync(dir, { recursive: true, force: true });
}
