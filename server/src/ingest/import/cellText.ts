/**
 * An XLSX cell as the text an import maps, never evaluated: a formula is kept
 * as its formula (`=SUM(A1:A3)`), not its cached result, so what a spreadsheet
 * would run is stored as the words it is; a date cell becomes its wall-clock
 * ISO form without an offset (the mapping's time zone places it); rich text
 * and hyperlinks become their text.
 */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 19);
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'object') {
    const cell = value as { formula?: string; sharedFormula?: string; richText?: { text: string }[]; text?: unknown; error?: string };
    if (cell.formula !== undefined) return `=${cell.formula}`;
    if (cell.sharedFormula !== undefined) return `=${cell.sharedFormula}`;
    if (cell.richText) return cell.richText.map((part) => part.text).join('');
    if (cell.text !== undefined) return cellText(cell.text);
    if (cell.error !== undefined) return cell.error;
  }
  return String(value);
}
