import type { CliIo } from './cliIo.ts';

/** Columns padded to their widest cell, for a terminal; the last column is not padded. */
export function printTable(io: CliIo, header: string[], rows: string[][]): void {
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ');
  io.out(line(header));
  for (const row of rows) io.out(line(row));
}
