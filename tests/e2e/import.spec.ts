import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CALL_CENTRE_MAPPING, CALL_CENTRE_MAPPING_NAME, callCentreCsv } from '../../demo/callCentreCsv.ts';
import { e2eNow } from './clock.ts';
import { dashboardAxeViolations } from './dashboardAxe.ts';
import { signIn } from './signIn.ts';
import { startStack, type Stack } from './stack.ts';
import { expect, test } from './test.ts';

// A new user imports the demo call centre's export from the dashboard: picks
// the file, takes the saved mapping the demo seed offers, adds the comment
// column, watches the preview follow, imports the valid rows and reads the
// report of the two that are not.

let stack: Stack;
test.beforeEach(async () => {
  stack = await startStack();
});
test.afterEach(async () => {
  await stack.stop();
});

test('upload a call-centre CSV, map it, preview, import the valid rows, see the report', async ({ page }, testInfo) => {
  // demo/call-centre.csv as `npm run demo:call-centre` writes it, for the suite's clock, with two rows gone wrong.
  mkdirSync(testInfo.outputDir, { recursive: true });
  const file = join(testInfo.outputDir, 'call-centre.csv');
  const csv = callCentreCsv({ now: e2eNow() });
  const rows = csv.trimEnd().split('\r\n').length - 1;
  writeFileSync(file, `${csv}CC-bad-1,31/02/2026 10:00,Call centre,Payment,3,,en,North\r\nCC-bad-2,01/06/2026 10:00,Fax,Payment,11,,en,North\r\n`);
  // As `npm run demo:seed` does, without the comment column: the user adds it.
  const { comment: _comment, ...columns } = CALL_CENTRE_MAPPING.columns;
  await stack.admin('PUT', `/api/sites/${stack.site.key}/import-mappings/${encodeURIComponent(CALL_CENTRE_MAPPING_NAME)}`, {
    mapping: { ...CALL_CENTRE_MAPPING, columns },
  });

  await signIn(page, stack);
  await page.goto(`${stack.collectorUrl}/`);
  await page.getByLabel(/^Account/).click();
  await page.getByRole('link', { name: 'Import' }).click();
  await expect(page.getByRole('heading', { name: 'Import', level: 1 })).toBeVisible();

  // A file of the wrong kind is refused in words, whatever its name says.
  await page.getByLabel('CSV or XLSX export').setInputFiles({ name: 'calls.csv', mimeType: 'text/csv', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]) });
  await expect(page.getByRole('alert')).toContainText('This is neither a CSV file nor an Excel workbook (.xlsx).');

  await page.getByLabel('CSV or XLSX export').setInputFiles(file);
  await expect(page.getByText('call-centre.csv: 8 columns')).toBeVisible();
  await page.getByLabel('Saved mapping').selectOption(CALL_CENTRE_MAPPING_NAME);
  await expect(page.getByLabel('Date *')).toHaveValue('Call date');

  const preview = page.getByRole('table', { name: 'Preview of the first rows as stored' });
  await expect(preview.getByRole('row')).toHaveCount(9);
  await expect(preview).toContainText('/checkout/payment');
  await expect(preview).toContainText('RATING');
  await expect(preview).not.toContainText('Charged twice');
  await page.getByLabel('Comment', { exact: true }).selectOption('Agent notes');
  await expect(preview).toContainText(/Card declined|Charged twice|Bank code|timed out|hung up|PayPal|Parcel|basket|e-mail/);

  // Saved again under its name, with the comment column, for next month's file.
  await page.getByRole('button', { name: 'Save mapping' }).click();
  await expect(page.getByRole('status')).toContainText('Saved as “Call centre”');
  const saved = await stack.admin<{ mappings: { name: string; mapping: { columns: Record<string, string> } }[] }>('GET', `/api/sites/${stack.site.key}/import-mappings`);
  expect(saved.mappings[0]?.mapping.columns.comment).toBe('Agent notes');
  // A copy saved under another name, then deleted: the list offers only the one kept.
  await page.getByLabel('Save this mapping as').fill('Call centre copy');
  await page.getByRole('button', { name: 'Save mapping' }).click();
  await expect(page.getByLabel('Saved mapping').getByRole('option')).toHaveText(['— a new mapping —', 'Call centre', 'Call centre copy']);
  await page.getByRole('button', { name: 'Delete saved “Call centre copy”' }).click();
  await expect(page.getByRole('status')).toContainText('Deleted “Call centre copy”');
  await expect(page.getByLabel('Saved mapping').getByRole('option')).toHaveText(['— a new mapping —', 'Call centre']);

  await page.getByLabel('Import the valid rows, and list the others').check();
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `test-results/import-mapped-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  expect(await dashboardAxeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Start the import' }).click();

  const report = page.getByRole('region', { name: 'Imported' });
  await expect(report).toContainText(`${rows.toLocaleString('en')} rows imported · 0 already stored · 2 invalid (3 problems)`);
  const invalid = report.getByRole('table', { name: 'Invalid rows' });
  await expect(invalid.getByRole('row').filter({ hasText: String(rows + 2) })).toContainText('is not a date');
  await expect(invalid.getByRole('row').filter({ hasText: '"Fax" is no channel' })).toContainText(String(rows + 3));
  await expect(invalid.getByRole('row').filter({ hasText: '11 is not a whole score from 1 to 10' })).toContainText(String(rows + 3));
  await expect(report.getByRole('link', { name: /Download all 3 problems/ })).toBeVisible();
  expect(await dashboardAxeViolations(page)).toEqual([]);
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `test-results/import-report-${width}.png`, fullPage: true });
  }

  const stored = stack.db.prepare(`SELECT COUNT(*) AS n FROM responses WHERE channel = 'phone' AND path = '/checkout/payment' AND comment IS NOT NULL`).get() as { n: number };
  expect(stored.n).toBeGreaterThan(50);
});
