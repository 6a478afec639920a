import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { TEST_NOW } from '../../../tests/clock/testInstants.ts';
import { CALL_CENTRE, dmy, HEADER, importApp } from './importFixture.ts';

const DAY = 86_400_000;

/** A small workbook as a store-survey tool exports it: a real date cell, numbers, a formula, a second sheet of notes. */
async function workbook(): Promise<Uint8Array<ArrayBuffer>> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Responses');
  sheet.addRow(HEADER.split(','));
  const day = new Date(Math.floor((TEST_NOW - 2 * DAY) / DAY) * DAY + 9 * 3600_000);
  sheet.addRow(['X-1', day, 'Call centre', 'Payment', 3, 'Slow card check', 'en', 'North']);
  sheet.addRow(['X-2', day, 'store', 'Delivery', { formula: '5+5', result: 10 }, { formula: 'HYPERLINK("https://evil.example","click")', result: 'click' }, 'en', 'South']);
  book.addWorksheet('Notes').addRow(['not', 'an', 'export']);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe('an XLSX export', () => {
  it('is told from its bytes, read with its header, and imported like a CSV', async () => {
    const { upload, run, db } = importApp();
    const { status, job } = await upload(await workbook(), 'survey.xlsx');
    expect(status).toBe(201);
    expect(job).toMatchObject({ format: 'xlsx', columns: HEADER.split(',') });
    const done = await run(job.id, { mapping: CALL_CENTRE }, 'valid-only');
    expect(done).toMatchObject({ status: 'done', rowsRead: 2, inserted: 1, errorCount: 1 });
    const row = db.prepare('SELECT rating, channel, path, comment, created_at FROM responses').get() as Record<string, unknown>;
    expect(row).toEqual({ rating: 2, channel: 'phone', path: '/checkout/payment', comment: 'Slow card check', created_at: Math.floor((TEST_NOW - 2 * DAY) / DAY) * DAY + 9 * 3600_000 });
    // A formula is never evaluated: a score written as one is refused for what it is, not taken for its result.
    expect(done.errors).toEqual([{ line: 3, code: 'bad_score', message: '"=5+5" is not a number' }]);
  });
});

describe('formula-like cells', () => {
  it('are stored as the text they are, and exported with the guard spreadsheets need', async () => {
    const { importText, db, admin, base } = importApp();
    const cells = ['=HYPERLINK("https://evil.example","x")', '+1 555 0100', '-2 stars', '@SUM(A1)'];
    const file = [HEADER, ...cells.map((c, i) => `F-${i},${dmy(1)},phone,Payment,4,"${c.replaceAll('"', '""')}",en,North`)].join('\n');
    const job = await importText(file);
    expect(job.status).toBe('done');
    const stored = db.prepare('SELECT comment FROM responses ORDER BY comment').pluck().all();
    // '+1 555 0100' looks like a phone number: scrubbed like any comment's.
    expect(stored).toHaveLength(4);
    expect(stored).toEqual(expect.arrayContaining(['-2 stars', '=HYPERLINK("https://evil.example","x")', '@SUM(A1)']));
    const csv = await (await admin(`${base}/export.csv`)).text();
    expect(csv).toContain(`"'=HYPERLINK(""https://evil.example"",""x"")"`);
    expect(csv).toContain(`'@SUM(A1)`);
    expect(csv).toContain(`'-2 stars`);
  });
});
