import type { ImportFormat } from '../../db/queries/imports/importRecords.ts';

/** How much of a file's start is looked at to tell what it is. */
export const SNIFF_BYTES = 64 * 1024;

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const DELIMITERS = [',', ';', '\t'] as const;
export type CsvDelimiter = (typeof DELIMITERS)[number];

/**
 * What a file is, from its first bytes rather than its name or the browser's
 * Content-Type (both say what the sender claims): an XLSX workbook is a zip
 * archive; text without NUL bytes is read as CSV; anything else is refused.
 */
export function sniffFormat(head: Buffer): ImportFormat | undefined {
  if (head.subarray(0, 4).equals(ZIP_MAGIC)) return 'xlsx';
  if (head.length === 0 || head.includes(0)) return undefined;
  return 'csv';
}

/**
 * The CSV's delimiter: whichever of comma, semicolon (spreadsheets in much of
 * Europe) and tab appears most often outside quotes on the header line.
 */
export function sniffDelimiter(head: Buffer): CsvDelimiter {
  const text = head.toString('utf8');
  const counts = new Map<CsvDelimiter, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char as CsvDelimiter)) counts.set(char as CsvDelimiter, counts.get(char as CsvDelimiter)! + 1);
  }
  return [...counts].reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}
