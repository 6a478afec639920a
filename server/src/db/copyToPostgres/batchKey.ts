import type { SqliteValue } from './pgValue.ts';

// A source key as the progress table keeps it: JSON, with 64-bit integers and blobs spelled out.

export function encodeKey(values: SqliteValue[]): string {
  return JSON.stringify(
    values.map((v) => (typeof v === 'bigint' ? { i: v.toString() } : Buffer.isBuffer(v) ? { b: v.toString('hex') } : v)),
  );
}

export function decodeKey(text: string): SqliteValue[] {
  return (JSON.parse(text) as (string | number | null | { i: string } | { b: string })[]).map((v) =>
    v !== null && typeof v === 'object' ? ('i' in v ? BigInt(v.i) : Buffer.from(v.b, 'hex')) : v,
  );
}

/** A key for a message: the values, as a user would type them. */
export function showKey(names: string[], values: SqliteValue[]): string {
  return names.map((name, i) => `${name} = ${Buffer.isBuffer(values[i]) ? 'x' + (values[i] as Buffer).toString('hex') : String(values[i])}`).join(', ');
}
