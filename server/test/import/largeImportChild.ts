// Run in a child process by largeFile.test.ts, so its memory is measured alone:
// writes a CSV of ROWS rows to disk, imports it with the runner the API and
// the CLI use, and prints the figures as JSON on stdout.
import { once } from 'node:events';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ImportMapping } from '../../../shared/schemas/importMapping.ts';
import { openDatabase } from '../../src/db/openDatabase.ts';
import { beginImport, findImport, insertImport } from '../../src/db/queries/imports/importRecords.ts';
import { createSite } from '../../src/db/queries/sites/createSite.ts';
import { runImport } from '../../src/ingest/import/runImport.ts';

const ROWS = Number(process.argv[2] ?? 100_000);
const NOW = Date.parse(process.argv[3] ?? '2026-06-17T10:00:00Z');
const dir = mkdtempSync(join(process.argv[4] ?? tmpdir(), 'tp-import-large-'));
const file = join(dir, 'calls.csv');

const out = createWriteStream(file);
out.write('Call ID,Call date,Channel,Topic,Score,Notes\n');
for (let i = 0; i < ROWS; i++) {
  const at = new Date(NOW - (i % 300) * 3_600_000).toISOString();
  const line = `C-${i},${at},phone,/checkout/payment,${1 + (i % 10)},"Caller ${i} said the card form was slow, then it worked"\n`;
  if (!out.write(line)) await once(out, 'drain');
}
out.end();
await once(out, 'finish');

const MAPPING: ImportMapping = {
  columns: { date: 'Call date', score: 'Score', channel: 'Channel', page: 'Topic', comment: 'Notes', id: 'Call ID' },
  attributes: {},
  dateFormat: 'iso',
  score: { min: 1, max: 10, to: 'rating' },
  channel: 'phone',
  channels: {},
  pages: {},
};

const db = openDatabase(join(dir, 'touchpoint.db'));
const site = createSite(db, { name: 'Shop', origins: ['https://shop.example'] }, NOW);
insertImport(db, { id: 'imp_large', siteId: site.id, fileName: 'calls.csv', filePath: file, format: 'csv', size: statSync(file).size, columns: [], createdAt: NOW });

beginImport(db, 'imp_large', 'all-or-nothing', MAPPING);
global.gc?.();
const before = process.memoryUsage();
let peakRss = before.rss;
let peakHeap = before.heapUsed;
const progress: number[] = [];
const sample = () => {
  const now = process.memoryUsage();
  peakRss = Math.max(peakRss, now.rss);
  peakHeap = Math.max(peakHeap, now.heapUsed);
};
const started = performance.now();
await runImport({
  db,
  site,
  record: findImport(db, site.id, 'imp_large')!,
  mapping: MAPPING,
  mode: 'all-or-nothing',
  now: () => NOW,
  onProgress: ({ bytesRead, size }) => {
    sample();
    progress.push(bytesRead / size);
  },
});
sample();
const record = findImport(db, site.id, 'imp_large')!;
process.stdout.write(
  JSON.stringify({
    status: record.status,
    inserted: record.inserted,
    stored: db.prepare('SELECT count(*) FROM responses').pluck().get(),
    fileBytes: record.size,
    rssGrowth: peakRss - before.rss,
    heapGrowth: peakHeap - before.heapUsed,
    progressReports: progress.length,
    progressMonotonic: progress.every((p, i) => i === 0 || p >= progress[i - 1]!),
    seconds: (performance.now() - started) / 1000,
  }),
);
db.close();
rmSync(dir, { recursive: true, force: true });
