import { fileURLToPath } from 'node:url';
import { measureWidget, SIZE_BUDGET } from '../widget/sizeBudget.ts';

// Prints what the widget costs a host page: raw, gzip and brotli bytes per file.
const dist = fileURLToPath(new URL('../widget/dist', import.meta.url));
const { launcher, chunks, totalGzip } = measureWidget(dist);
const rows = [launcher, ...chunks];
console.log('file'.padEnd(28), 'raw'.padStart(8), 'gzip'.padStart(8), 'brotli'.padStart(8));
for (const r of rows) console.log(r.file.padEnd(28), String(r.raw).padStart(8), String(r.gzip).padStart(8), String(r.brotli).padStart(8));
console.log(`launcher gzip ${launcher.gzip} B of ${SIZE_BUDGET.launcher} B budget`);
console.log(`launcher + form gzip ${totalGzip} B of ${SIZE_BUDGET.total} B budget`);
