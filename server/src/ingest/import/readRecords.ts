import { createReadStream, openSync, readSync, closeSync } from 'node:fs';
import { Transform } from 'node:stream';
import { parse } from 'csv-parse';
import type { ImportFormat } from '../../db/queries/imports/importRecords.ts';
import { cellText } from './cellText.ts';
import { SNIFF_BYTES, sniffDelimiter } from './sniffFile.ts';

/** One record of the file: its cells as text and the line (CSV) or row (XLSX) it starts on. */
export interface FileRecord {
  line: number;
  cells: string[];
}

/**
 * The records of a CSV or XLSX file, one at a time, streamed from disk: the
 * file is never in memory, only the parser's buffer (csv-parse) or the
 * workbook's shared strings (exceljs's streaming WorkbookReader; XLSX keeps
 * repeated text there). `onBytes` hears how far into the file the reader is,
 * for the progress bar. Only the first worksheet is read. A CSV the parser
 * cannot read (a quote never closed) throws its CsvError, naming the line.
 */
export async function* readRecords(path: string, format: ImportFormat, onBytes: (bytes: number) => void = () => {}): AsyncGenerator<FileRecord> {
  let bytes = 0;
  const counted = createReadStream(path).pipe(
    new Transform({
      transform(chunk: Buffer, _encoding, done) {
        bytes += chunk.length;
        onBytes(bytes);
        done(null, chunk);
      },
    }),
  );
  if (format === 'csv') yield* csvRecords(counted, sniffDelimiter(readHead(path)));
  else yield* xlsxRecords(counted);
}

async function* csvRecords(input: NodeJS.ReadableStream, delimiter: string): AsyncGenerator<FileRecord> {
  const parser = input.pipe(parse({ bom: true, delimiter, relax_column_count: true, skip_empty_lines: true, info: true }));
  for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    // info.lines is the line the record ends on; a quoted cell may have carried it over several.
    const spanned = record.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0);
    yield { line: info.lines - spanned, cells: record };
  }
}

async function* xlsxRecords(input: NodeJS.ReadableStream): AsyncGenerator<FileRecord> {
  // Loaded with the first workbook: exceljs takes longer to load than the rest of the collector, which starts without it.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(input as unknown as import('node:stream').Stream, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    // Styles tell a date cell from a number (its number format).
    styles: 'cache',
  });
  for await (const sheet of workbook) {
    let width = 0;
    for await (const row of sheet) {
      const values = (row.values as unknown[]).slice(1);
      width = Math.max(width, values.length);
      const cells = Array.from({ length: width }, (_, i) => cellText(values[i]));
      if (cells.every((cell) => cell === '')) continue;
      yield { line: row.number, cells };
    }
    // The first worksheet is the export; others are notes or pivots.
    return;
  }
}

/** The file's first bytes (for the delimiter), read without streaming the rest. */
export function readHead(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(SNIFF_BYTES);
    return head.subarray(0, readSync(fd, head, 0, SNIFF_BYTES, 0));
  } finally {
    closeSync(fd);
  }
}
