// What synchronous = FULL costs: inserts per second and insert latency with FULL
// (the collector's setting: a 2xx means the row survived even a power cut) and
// NORMAL (WAL's usual setting: survives a crash of the process, may lose the
// last transactions on power loss). Each insert is its own transaction, as in
// POST /v1/responses. Run: npx tsx bench/durability.ts [inserts]

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../server/src/db/openDatabase.ts';
import { createSite } from '../server/src/db/queries/sites/createSite.ts';
import { insertResponse } from '../server/src/db/queries/responses/insertResponse.ts';

const INSERTS = Number(process.argv[2] ?? 3000);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function measure(mode: 'FULL' | 'NORMAL') {
  const dir = mkdtempSync(join(tmpdir(), 'touchpoint-bench-'));
  try {
    const db = openDatabase(join(dir, 'touchpoint.db'));
    db.pragma(`synchronous = ${mode}`);
    const site = createSite(db, { name: 'Bench', origins: ['https://bench.example'] }, Date.now());
    const latencies: number[] = [];
    const started = process.hrtime.bigint();
    for (let i = 0; i < INSERTS; i++) {
      const t0 = process.hrtime.bigint();
      const now = Date.now();
      insertResponse(db, {
        id: `bench_${mode}_${i.toString().padStart(6, '0')}`,
        siteId: site.id,
        type: 'page_rating',
        rating: 1 + (i % 5),
        comment: i % 3 ? undefined : 'The delivery options were confusing',
        path: '/checkout/shipping',
        device: 'desktop',
        channel: 'web',
        // Visits of three ratings, as a shopper rating pages on the way: each insert
        // also updates the visit's peak–end rollup row (migration 10's triggers).
        visitId: `visit_${mode}_${Math.floor(i / 3)}`,
        returning: i % 2 ? 1 : 0,
        attributes: i % 4 ? null : '{"plan":"gold"}',
        createdAt: now,
        receivedAt: now,
      });
      latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    db.close();
    latencies.sort((a, b) => a - b);
    return { mode, perSecond: INSERTS / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const results = [measure('NORMAL'), measure('FULL')];
console.log(`${INSERTS} inserts, one transaction each, WAL, in ${tmpdir()}\n`);
console.log('synchronous   inserts/s   p50 ms   p99 ms');
for (const r of results) {
  console.log(
    `${r.mode.padEnd(11)} ${r.perSecond.toFixed(0).padStart(11)} ${r.p50.toFixed(3).padStart(8)} ${r.p99.toFixed(3).padStart(8)}`,
  );
}
const [normal, full] = results;
console.log(`\nFULL takes ${(normal!.perSecond / full!.perSecond).toFixed(1)}x the time of NORMAL per insert.`);
