import { parse } from 'csv-parse/sync';

/** An item as read from the file, before validation, with the line it came from. */
export interface ImportLine {
  line: number;
  item: unknown;
}

export type ImportFormat = 'ndjson' | 'csv';

/** Columns whose cells are not text in the import's JSON. */
const NUMBER_COLUMNS = new Set(['rating', 'msOnStep', 'fieldsTouched']);
const BOOLEAN_COLUMNS = new Set(['returning', 'contact.consent']);

/**
 * NDJSON: one import item (as in `POST /api/sites/:siteKey/import`'s
 * `responses`) per line. CSV: a header row naming the same fields; a dotted
 * name sets a nested field (`attributes.plan`, `contact.email`); an empty cell
 * leaves its field out; `rating`, `msOnStep`, `fieldsTouched` are numbers,
 * `returning` and `contact.consent` are true/false; a survey answer's `value`
 * is a number when it is an integer, a list when written as a JSON array
 * (`["fast","cheap"]`), text otherwise. Throws on a line that cannot be read,
 * naming it.
 */
export function readImportFile(text: string, format: ImportFormat): ImportLine[] {
  return format === 'ndjson' ? readNdjson(text) : readCsv(text);
}

function readNdjson(text: string): ImportLine[] {
  const items: ImportLine[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    if (raw.trim() === '') return;
    try {
      items.push({ line: index + 1, item: JSON.parse(raw) as unknown });
    } catch {
      throw new Error(`line ${index + 1}: not a JSON value`);
    }
  });
  return items;
}

function readCsv(text: string): ImportLine[] {
  const records = csvRecords(text);
  const header = records.shift();
  if (!header) return [];
  return records.map(({ line, cells }) => {
    if (cells.length !== header.cells.length) {
      throw new Error(`line ${line}: ${cells.length} cells where the header has ${header.cells.length}`);
    }
    const item: Record<string, unknown> = {};
    header.cells.forEach((column, i) => {
      const cell = cells[i]!;
      if (cell === '') return;
      const [field, nested] = column.split('.', 2) as [string, string | undefined];
      const value = cellValue(column, cell);
      if (nested === undefined) item[field] = value;
      else item[field] = { ...(item[field] as object | undefined), [nested]: value };
    });
    return { line, item };
  });
}

function cellValue(column: string, cell: string): unknown {
  if (NUMBER_COLUMNS.has(column)) return Number(cell);
  if (BOOLEAN_COLUMNS.has(column)) return cell === 'true' ? true : cell === 'false' ? false : cell;
  if (column === 'value') {
    if (/^-?\d+$/.test(cell)) return Number(cell);
    if (cell.startsWith('[')) {
      try {
        return JSON.parse(cell) as unknown;
      } catch {
        return cell;
      }
    }
  }
  return cell;
}

/** RFC 4180 records by csv-parse, each with the line it starts on (a quoted cell may span lines). */
function csvRecords(text: string): { line: number; cells: string[] }[] {
  try {
    const rows = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true, info: true }) as unknown as { record: string[]; info: { lines: number } }[];
    return rows.map(({ record, info }) => ({ line: info.lines - record.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0), cells: record }));
  } catch (err) {
    const line = (err as { lines?: number }).lines;
    throw new Error(line === undefined ? (err as Error).message : `line ${line}: ${(err as Error).message}`);
  }
}
