import { CopyRefused } from './CopyRefused.ts';

/** How a PostgreSQL column's type is copied and compared: SQLite keeps any value in any column, PostgreSQL does not. */
export type ValueKind = 'integer' | 'float' | 'boolean' | 'bytes' | 'text';

const INTEGER_TYPES = new Set(['bigint', 'integer', 'smallint']);
const FLOAT_TYPES = new Set(['double precision', 'real', 'numeric']);

export function valueKindOf(pgType: string): ValueKind {
  if (INTEGER_TYPES.has(pgType)) return 'integer';
  if (FLOAT_TYPES.has(pgType)) return 'float';
  if (pgType === 'boolean') return 'boolean';
  if (pgType === 'bytea') return 'bytes';
  return 'text'; // text, citext, json (kept as SQLite's text), varchar
}

/** What SQLite gives with safeIntegers: integers as bigint, so no 64-bit value loses digits on the way. */
export type SqliteValue = bigint | number | string | Buffer | null;

/**
 * A SQLite value as the parameter PostgreSQL's column accepts, or a refusal
 * saying why (the caller adds the table, key and column): SQLite's type
 * affinity lets '12a' sit in an INTEGER column, PostgreSQL would refuse the
 * whole batch without naming the row.
 */
export function toPgParam(kind: ValueKind, value: SqliteValue): string | number | boolean | Buffer | null {
  if (value === null) return null;
  switch (kind) {
    case 'integer':
      if (typeof value === 'bigint') return value.toString();
      if (typeof value === 'number' && Number.isInteger(value)) return value.toString();
      throw new CopyRefused(`${describe(value)} is not an integer`);
    case 'float':
      if (typeof value === 'bigint') return Number(value);
      if (typeof value === 'number') return value;
      throw new CopyRefused(`${describe(value)} is not a number`);
    case 'boolean':
      if (value === 0n || value === 0) return false;
      if (value === 1n || value === 1) return true;
      throw new CopyRefused(`${describe(value)} is not 0 or 1`);
    case 'bytes':
      if (Buffer.isBuffer(value)) return value;
      if (typeof value === 'string') return Buffer.from(value, 'utf8');
      throw new CopyRefused(`${describe(value)} is not bytes`);
    case 'text':
      if (Buffer.isBuffer(value)) throw new CopyRefused(`${describe(value)} is not text`);
      if (typeof value === 'string' && value.includes('\u0000')) throw new CopyRefused('text holding a NUL character, which PostgreSQL cannot store');
      return typeof value === 'string' ? value : value.toString();
  }
}

function describe(value: SqliteValue): string {
  if (Buffer.isBuffer(value)) return `a ${value.length}-byte blob`;
  return `${typeof value === 'string' ? 'text' : 'the number'} ${JSON.stringify(String(value)).slice(0, 60)}`;
}
