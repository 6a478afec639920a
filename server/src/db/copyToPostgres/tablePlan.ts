import { CopyRefused } from './CopyRefused.ts';
import type { SourceTable } from './sourceSnapshot.ts';
import { quoted } from './targetClient.ts';
import type { TargetColumn } from './targetSchema.ts';

/** How one table is read from SQLite and written to PostgreSQL: the columns they share, in the target's order. */
export interface TablePlan {
  source: SourceTable;
  columns: TargetColumn[];
  /** The SQLite expression each column is read with: its name, or rowid for PostgreSQL's copy of SQLite's rowid. */
  sourceExpressions: string[];
}

/** Matches a source table to the target's; refuses a table or column PostgreSQL's schema lacks, since it would be lost. */
export function planTable(source: SourceTable, target: TargetColumn[] | undefined): TablePlan {
  if (!target) throw new CopyRefused(`Table ${source.name} is not in the PostgreSQL schema: its migration has no PostgreSQL form.`);
  const missing = source.columns.filter((c) => !target.some((t) => t.name === c));
  if (missing.length > 0) throw new CopyRefused(`Table ${source.name}: column ${missing.join(', ')} is not in the PostgreSQL schema.`);
  const readsRowid = source.key[0] === 'rowid' && !source.columns.includes('rowid');
  // A PostgreSQL-only column (rowid on a table SQLite keys otherwise) keeps its default.
  const columns = target.filter((t) => source.columns.includes(t.name) || (t.name === 'rowid' && readsRowid));
  return { source, columns, sourceExpressions: columns.map((c) => quoted(c.name)) };
}

/** A batch from SQLite after the last key: the key's values first, then the columns. */
export function batchSql(plan: TablePlan, after: boolean): string {
  const key = plan.source.key.map(quoted).join(', ');
  const where = after ? `WHERE (${key}) > (${plan.source.key.map(() => '?').join(', ')}) ` : '';
  return `SELECT ${key}, ${plan.sourceExpressions.join(', ')} FROM ${quoted(plan.source.name)} ${where}ORDER BY ${key} LIMIT ?`;
}

/** Every row of the table, for its checksum. */
export function allRowsSql(plan: TablePlan, engine: 'sqlite' | 'postgres'): string {
  const columns = engine === 'sqlite' ? plan.sourceExpressions : plan.columns.map((c) => quoted(c.name));
  return `SELECT ${columns.join(', ')} FROM ${quoted(plan.source.name)}`;
}

/**
 * One INSERT per batch, whatever its size: an array per column, unnested
 * (no limit of 65 535 parameters, one plan). OVERRIDING SYSTEM VALUE keeps
 * the source's ids in identity columns.
 */
export function insertSql(plan: TablePlan): string {
  const names = plan.columns.map((c) => quoted(c.name)).join(', ');
  const arrays = plan.columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(', ');
  return `INSERT INTO ${quoted(plan.source.name)} (${names}) OVERRIDING SYSTEM VALUE SELECT * FROM unnest(${arrays})`;
}
