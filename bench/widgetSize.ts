import { fileURLToPath } from 'node:url';
import { measureWidget, SIZE_BUDGET } from '../widget/sizeBudget.ts';

// Prints what the widget costs a host page: raw bytes per file and those of the
// gzip and brotli copies the collector sends, then what showing each form costs
// in all (run `npm run build:widget` first).
const dist = fileURLToPath(new URL('../widget/dist', import.meta.url));
const { launcher, chunks, forms, extra } = measureWidget(dist);
console.log('file'.padEnd(28), 'raw'.padStart(8), 'gzip'.padStart(8), 'brotli'.padStart(8));
for (const r of [launcher, ...chunks]) {
  console.log(r.file.padEnd(28), String(r.raw).padStart(8), String(r.gzip).padStart(8), String(r.brotli).padStart(8));
}
console.log(`\ntp.js: ${launcher.gzip} B gzip of ${SIZE_BUDGET.launcher} B budget`);
for (const f of forms) console.log(`${f.form}: ${f.gzip} B gzip of ${SIZE_BUDGET.forms[f.form]} B budget, goal ${SIZE_BUDGET.goal} B (${f.files.join(' + ')})`);
for (const f of extra) console.log(`${f.form}: ${f.gzip} B gzip, not budgeted (${f.files.join(' + ')})`);
