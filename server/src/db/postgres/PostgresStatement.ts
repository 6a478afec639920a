import type { RunResult } from 'better-sqlite3';
import type { DbStatement } from '../Db.ts';
import type { TranslatedSql } from './translateSql.ts';

/** Runs one translated statement and answers its rows (arrays when `array`), as PostgresDb does. */
export type RunSql = (text: string, values: unknown[], array: boolean) => { rows: unknown[]; rowCount: number };

/** A statement with better-sqlite3's face (Db.ts) over a PostgreSQL connection. */
export class PostgresStatement implements DbStatement {
  readonly readonly: boolean;
  #pluck = false;
  readonly #typed = new Map<string, TypedText>();
  #raw = false;

  constructor(
    private readonly sql: TranslatedSql,
    private readonly runSql: RunSql,
  ) {
    this.readonly = sql.readonly;
  }

  pluck(toggle = true): this {
    this.#pluck = toggle;
    if (toggle) this.#raw = false;
    return this;
  }

  raw(toggle = true): this {
    this.#raw = toggle;
    if (toggle) this.#pluck = false;
    return this;
  }

  #typedText(values: unknown[]): TypedText {
    let kinds = '';
    for (const value of values) kinds += value === null ? 'n' : typeof value !== 'number' ? '-' : Number.isInteger(value) ? 'i' : 'f';
    let typed = this.#typed.get(kinds);
    if (typed === undefined) {
      typed = typedTextOf(this.sql.text, values);
      this.#typed.set(kinds, typed);
    }
    return typed;
  }

  run(...params: unknown[]): RunResult {
    return { changes: this.#execute(params).rowCount, lastInsertRowid: 0 };
  }

  get(...params: unknown[]): unknown {
    return this.#execute(params).rows[0];
  }

  all(...params: unknown[]): unknown[] {
    return this.#execute(params).rows;
  }

  iterate(...params: unknown[]): IterableIterator<unknown> {
    return this.all(...params)[Symbol.iterator]();
  }

  #execute(params: unknown[]): { rows: unknown[]; rowCount: number } {
    const values = valuesOf(this.sql.params, params);
    const { text, sent } = this.#typedText(values);
    const result = this.runSql(text, values.filter((_, i) => sent[i]), this.#pluck || this.#raw);
    return this.#pluck ? { ...result, rows: result.rows.map((row) => (row as unknown[])[0]) } : result;
  }
}

/** A statement's text for one mix of parameter kinds, and which values it still takes. */
interface TypedText {
  text: string;
  sent: boolean[];
}

/**
 * The statement with each number parameter cast (`$1::bigint`, `$2::float8`), one text per
 * mix of kinds, kept: PostgreSQL infers an untyped parameter's type from where it
 * stands, and in `created_at + CASE … THEN $2` or `coalesce($1, 0)` it guesses text.
 * It cannot type `$1 IS NULL OR user_id = $1` (the type comes too late) either: a
 * NULL parameter is written as NULL, another's IS NULL as FALSE, and what is left
 * renumbered.
 */
function typedTextOf(text: string, values: unknown[]): TypedText {
  const tested = text.replace(/\$(\d+)(?:::\w+)? IS (NOT )?NULL\b/g, (whole, n: string, not?: string) =>
    values[Number(n) - 1] === null ? whole : not ? 'TRUE' : 'FALSE',
  );
  const sent = values.map((value, i) => value !== null && new RegExp(`\\$${i + 1}(?!\\d)`).test(tested));
  let kept = 0;
  const numbers = sent.map((isSent) => (isSent ? ++kept : 0));
  const typed = tested.replace(/\$(\d+)(::)?/g, (whole, n: string, cast?: string) => {
    const value = values[Number(n) - 1];
    if (value === null) return cast ? 'NULL::' : 'NULL';
    const renumbered = `$${numbers[Number(n) - 1]}`;
    if (cast || typeof value !== 'number') return renumbered + (cast ?? '');
    return `${renumbered}::${Number.isInteger(value) ? 'bigint' : 'float8'}`;
  });
  // `CASE NULL WHEN 1`: an untyped NULL would be text, which meets no number.
  return { text: typed.replace(/\bCASE NULL WHEN (-?\d)/g, 'CASE NULL::bigint WHEN $1'), sent };
}

/** better-sqlite3's ways of passing parameters (a list, an array, an object of named ones) as `$n` values. */
function valuesOf(sources: (number | string)[], params: unknown[]): unknown[] {
  const positional: unknown[] = [];
  let named: Record<string, unknown> = {};
  for (const param of params.length === 1 && Array.isArray(params[0]) ? params[0] : params) {
    if (param !== null && typeof param === 'object' && !Buffer.isBuffer(param) && !(param instanceof Uint8Array)) {
      named = { ...named, ...(param as Record<string, unknown>) };
    } else positional.push(param);
  }
  return sources.map((source) => {
    const value = typeof source === 'number' ? positional[source] : named[source];
    if (value === undefined) throw new RangeError(`Missing named parameter "${source}"`);
    return typeof value === 'bigint' ? value.toString() : value;
  });
}
