import { describe, expect, it } from 'vitest';
import { CALL_CENTRE, dmy, HEADER, importApp } from './importFixture.ts';

// One row for each kind of invalid row, and the line it is on.
const FILE = [
  HEADER, //                                                   line 1
  `E-1,${dmy(1)},phone,Payment,4,fine,en,North`, //                  2: valid
  `E-2,,phone,Payment,4,,en,North`, //                               3: missing_value (date)
  `E-3,31/02/2026,phone,Payment,4,,en,North`, //                     4: bad_date
  `E-4,01/01/1999 10:00,phone,Payment,4,,en,North`, //               5: date_out_of_range
  `E-5,${dmy(1)},phone,Payment,ten,,en,North`, //                    6: bad_score
  `E-6,${dmy(1)},phone,Payment,11,,en,North`, //                     7: score_off_scale
  `E-7,${dmy(1)},carrier pigeon,Payment,4,,en,North`, //             8: unknown_channel
  `E-8,${dmy(1)},phone,Basement,4,,en,North`, //                     9: unknown_page
  `E-9,${dmy(1)},phone,Payment,4,${'x'.repeat(2001)},en,North`, //  10: comment_too_long
  `E-10,${dmy(1)},phone,Payment,4,,en,${'r'.repeat(121)}`, //      11: attribute_too_long
  `E-11,${dmy(1)},phone,Payment,4,,not a language!,North`, //       12: bad_language
  `E-12,${dmy(1)},phone,Payment,4,,en,North,extra`, //              13: cell_count
  `E-13,${dmy(1)},phone,Payment,,,en,North`, //                     14: missing_value (score)
  `E-14,${dmy(1)},phone,Payment,2.5,,en,North`, //                  15: score_off_scale (not whole)
].join('\n');

describe('an import reports every invalid row with its line and reason', () => {
  it('names each kind, line by line, and stores nothing when all or nothing', async () => {
    const { importText, count } = importApp();
    const job = await importText(FILE);
    expect(job.status).toBe('failed');
    expect(job.failure).toMatch(/13 invalid row\(s\), 13 problem\(s\); nothing was imported/);
    expect(job.errors.map((e) => [e.line, e.code])).toEqual([
      [3, 'missing_value'],
      [4, 'bad_date'],
      [5, 'date_out_of_range'],
      [6, 'bad_score'],
      [7, 'score_off_scale'],
      [8, 'unknown_channel'],
      [9, 'unknown_page'],
      [10, 'comment_too_long'],
      [11, 'attribute_too_long'],
      [12, 'bad_language'],
      [13, 'cell_count'],
      [14, 'missing_value'],
      [15, 'score_off_scale'],
    ]);
    expect(job).toMatchObject({ rowsRead: 14, rowsValid: 1, errorCount: 13, inserted: 0 });
    expect(count()).toBe(0);
  });

  it('stores the valid rows and reports the rest in valid-only mode', async () => {
    const { importText, count } = importApp();
    const job = await importText(FILE, CALL_CENTRE, 'valid-only');
    expect(job).toMatchObject({ status: 'done', inserted: 1, errorCount: 13 });
    expect(count()).toBe(1);
  });

  it('explains a reason a person can act on', async () => {
    const { importText } = importApp();
    const { errors } = await importText(FILE);
    const reason = (line: number) => errors.find((e) => e.line === line)!.message;
    expect(reason(4)).toBe('"31/02/2026" is not a date written day first (31/12/2026) or ISO');
    expect(reason(7)).toBe("11 is not a whole score from 1 to 10, the file's declared scale");
    expect(reason(8)).toContain('"carrier pigeon" is no channel');
  });

  it('refuses a mapping naming a column the file lacks, on the header’s line, reading nothing', async () => {
    const { importText, count } = importApp();
    const job = await importText(FILE, { ...CALL_CENTRE, columns: { ...CALL_CENTRE.columns, comment: 'Agent notes' } }, 'valid-only');
    expect(job.status).toBe('failed');
    expect(job.errors).toEqual([{ line: 1, code: 'missing_column', message: 'the comment column "Agent notes" is not in the file\'s header' }]);
    expect(job.rowsRead).toBe(0);
    expect(count()).toBe(0);
  });

  it('reports a file the CSV parser cannot read to the end, by line, and stores nothing', async () => {
    const { importText, count } = importApp();
    const job = await importText([HEADER, `U-1,${dmy(1)},phone,Payment,4,fine,en,North`, `U-2,${dmy(1)},phone,Payment,4,"never closed,en,North`].join('\n'), CALL_CENTRE, 'valid-only');
    expect(job.status).toBe('failed');
    expect(job.errors).toEqual([expect.objectContaining({ line: 3, code: 'unreadable_file' })]);
    expect(count()).toBe(0);
  });

  it('lets the errors be downloaded as CSV', async () => {
    const { importText, admin, base } = importApp();
    const job = await importText(FILE);
    const res = await admin(`${base}/imports/${job.id}/errors.csv`);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const lines = (await res.text()).trim().split('\r\n');
    expect(lines[0]).toBe('line,code,reason');
    expect(lines).toHaveLength(14);
    expect(lines[2]).toMatch(/^4,bad_date,/);
  });
});
