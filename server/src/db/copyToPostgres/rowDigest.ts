import { createHash } from 'node:crypto';
import type { SqliteValue, ValueKind } from './pgValue.ts';

/** A PostgreSQL value as its text (the copy's client parses no type), or a SQLite value. */
type EitherValue = SqliteValue | string;

/**
 * One value in a form both engines' values reach when they mean the same:
 * PostgreSQL sends text ('t', '\x0a1b', '1.5e-07'), SQLite sends JS values
 * (1n, a Buffer, 1.5e-7), so each is read by the column's kind first.
 */
function canonicalValue(kind: ValueKind, value: EitherValue): string | null {
  if (value === null) return null;
  switch (kind) {
    case 'integer':
      return BigInt(value as bigint | string).toString();
    case 'float':
      return String(Number(value));
    case 'boolean':
      return value === 't' || value === 1n || value === 1 ? '1' : '0';
    case 'bytes':
      return Buffer.isBuffer(value) ? value.toString('hex') : String(value).replace(/^\\x/, '');
    case 'text':
      return Buffer.isBuffer(value) ? value.toString('utf8') : String(value);
  }
}

const MODULUS = 1n << 128n;

/**
 * A table's checksum: the sum, modulo 2^128, of the first 128 bits of each
 * row's sha256. A sum does not depend on the order rows are read in, so each
 * engine reads its table in its own fastest order and no collation (SQLite's
 * NOCASE, PostgreSQL's citext and ICU) can reorder what is compared; with the
 * row count beside it, a changed, missing or extra row changes it but with
 * probability 2^-128.
 */
export function addRow(checksum: bigint, kinds: ValueKind[], row: EitherValue[]): bigint {
  const text = JSON.stringify(row.map((value, i) => canonicalValue(kinds[i]!, value)));
  const digest = createHash('sha256').update(text).digest();
  return (checksum + BigInt('0x' + digest.subarray(0, 16).toString('hex'))) % MODULUS;
}

export function checksumText(checksum: bigint): string {
  return checksum.toString(16).padStart(32, '0');
}
