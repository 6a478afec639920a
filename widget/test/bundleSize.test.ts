import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { measureWidget, SIZE_BUDGET } from '../sizeBudget.ts';

const dist = fileURLToPath(new URL('../dist', import.meta.url));

describe('widget bundle budget', () => {
  it('keeps tp.js under 4 KB and tp.js + form under 12 KB gzipped', () => {
    expect(existsSync(dist), 'build the widget first: npm run build:widget').toBe(true);
    const { launcher, chunks, totalGzip } = measureWidget(dist);
    console.log(`widget size: tp.js ${launcher.gzip} B gzip (budget ${SIZE_BUDGET.launcher}); tp.js + ${chunks.map((c) => c.file).join(' + ')} ${totalGzip} B gzip (budget ${SIZE_BUDGET.total})`);
    expect(launcher.gzip).toBeLessThanOrEqual(SIZE_BUDGET.launcher);
    expect(totalGzip).toBeLessThanOrEqual(SIZE_BUDGET.total);
  });
});
