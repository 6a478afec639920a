// CSV as RFC 4180 has it (quotes doubled, CRLF line ends), plus the OWASP
// defence against formula injection: a spreadsheet runs a cell that starts with
// = + - @ (or a tab or CR before one), so such text cells get a leading '.

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(values: readonly unknown[]): string {
  return values.map(csvCell).join(',') + '\r\n';
}
