import { sqlTokens, type Token } from './sqlTokens.ts';
import { REPLACE_KEYS } from './replaceKeys.ts';

/** A statement in PostgreSQL's dialect, and where each `$n` takes its value from: an argument's position or a name. */
export interface TranslatedSql {
  text: string;
  params: (number | string)[];
  readonly: boolean;
}

const RENAMED: Record<string, string> = {
  ifnull: 'coalesce',
  instr: 'strpos',
  json_each: 'sqlite_json_each',
  json_extract: 'sqlite_json_extract',
  json_object: 'json_build_object',
  like: 'ILIKE', // SQLite's LIKE ignores ASCII case
};
const COMPARISONS = new Set(['=', '==', '<', '>', '<=', '>=', '<>', '!=', 'is', 'in', 'like', 'and', 'or', 'not', 'between', 'exists']);
const AGGREGATES = new Set(['sum', 'total', 'avg', 'max', 'min']);
const WRITES = /^\s*(?:WITH\b[\s\S]*?\b)?(INSERT|UPDATE|DELETE|REPLACE|CREATE|DROP|ALTER)\b/i;

/**
 * SQLite's SQL as PostgreSQL runs it, once per statement (db/statement.ts caches
 * the result): placeholders to `$n`, camelCase names quoted (PostgreSQL folds
 * unquoted names to lower case), SQLite-only functions and clauses to their
 * PostgreSQL forms. Functions PostgreSQL can be given (total, sqlite_json_each)
 * live in the schema instead (migrations/postgres/sqliteCompat.ts).
 */
export function translateSql(sql: string): TranslatedSql {
  const params: (number | string)[] = [];
  let positional = 0;
  const tokens = sqlTokens(sql.trim().replace(/;\s*$/, ''));
  for (const token of tokens) {
    if (token.kind === 'param') {
      const name = token.text.slice(1);
      let source: number | string;
      if (token.text[0] === '?') source = name === '' ? positional++ : Number(name) - 1;
      else source = name;
      let index = typeof source === 'string' ? params.indexOf(source) : -1;
      if (index < 0) index = params.push(source) - 1;
      token.text = `$${index + 1}`;
    } else if (token.kind === 'quoted' && token.text[0] === '`') {
      token.text = `"${token.text.slice(1, -1)}"`;
    } else if (token.kind === 'word' && /[a-z]/.test(token.text) && /[A-Z]/.test(token.text)) {
      token.text = `"${token.text}"`;
    }
  }
  const text = rewrite(tokens).map((t) => t.text).join('');
  return { text: insertOr(text), params, readonly: !WRITES.test(sql) };
}

function nextSolid(tokens: Token[], from: number): number {
  let i = from;
  while (i < tokens.length && (tokens[i].kind === 'space' || tokens[i].kind === 'comment')) i++;
  return i;
}

/** The index of the `)` closing the `(` at `open`, and the top-level arguments between them. */
function callAt(tokens: Token[], open: number): { close: number; args: Token[][] } {
  const args: Token[][] = [[]];
  let depth = 0;
  for (let i = open + 1; i < tokens.length; i++) {
    const token = tokens[i];
    const lower = token.text.toLowerCase();
    if (token.kind === 'open' || lower === 'case') depth++;
    if (token.kind === 'close' || lower === 'end') {
      if (depth === 0) return { close: i, args };
      depth--;
    }
    if (token.kind === 'comma' && depth === 0) args.push([]);
    else args[args.length - 1].push(token);
  }
  throw new Error('translateSql: unbalanced parentheses');
}

function topLevelComparison(arg: Token[]): boolean {
  let depth = 0;
  for (const token of arg) {
    const lower = token.text.toLowerCase();
    if (token.kind === 'open' || lower === 'case') depth++;
    else if (token.kind === 'close' || lower === 'end') depth--;
    else if (depth === 0 && (token.kind === 'word' || token.kind === 'other') && COMPARISONS.has(lower)) return true;
  }
  return false;
}

const raw = (text: string): Token => ({ kind: 'other', text });
const join = (args: Token[][]): Token[] => args.flatMap((arg, i) => (i === 0 ? arg : [raw(','), ...arg]));

function rewrite(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const lower = token.text.toLowerCase();
    if (token.kind !== 'word') {
      out.push(token);
      continue;
    }
    const open = nextSolid(tokens, i + 1);
    const isCall = tokens[open]?.kind === 'open';
    if (lower === 'indexed' && tokens[open]?.text.toLowerCase() === 'by') {
      i = nextSolid(tokens, open + 1); // INDEXED BY name: a SQLite planner hint
      continue;
    }
    if (lower === 'limit' && tokens[open]?.text === '-' && tokens[open + 1]?.text === '1') {
      out.push(raw('LIMIT ALL'));
      i = open + 1;
      continue;
    }
    if (!isCall) {
      out.push(lower === 'like' ? raw(RENAMED.like) : token);
      continue;
    }
    const { close, args } = callAt(tokens, open);
    const inner = args.map((arg) => rewrite(arg));
    const name = lower;
    if (name === 'cast' && /\bAS\s+INTEGER\s*$/i.test(inner[0].map((t) => t.text).join(''))) {
      const expr = inner[0].map((t) => t.text).join('').replace(/\bAS\s+INTEGER\s*$/i, '');
      out.push(raw(`trunc(${expr})::bigint`));
    } else if ((name === 'max' || name === 'min') && inner.length > 1) {
      out.push(raw(name === 'max' ? 'greatest(' : 'least('), ...join(inner), raw(')'));
    } else if (AGGREGATES.has(name) && inner.length === 1 && topLevelComparison(inner[0])) {
      const distinct = nextSolid(inner[0], 0);
      const hasDistinct = inner[0][distinct]?.text.toLowerCase() === 'distinct';
      const expr = hasDistinct ? inner[0].slice(distinct + 1) : inner[0];
      out.push(raw(`${token.text}(${hasDistinct ? 'DISTINCT ' : ''}(`), ...expr, raw(')::int)'));
    } else if (name === 'group_concat') {
      out.push(raw('string_agg(('), ...inner[0], raw(')::text, '), ...(inner[1] ?? [raw("','")]), raw(')'));
    } else if (name === 'json_group_array') {
      out.push(raw('(coalesce(json_agg('), ...inner[0], raw(`), '[]'::json))::text`));
    } else {
      out.push(raw(RENAMED[name] ?? token.text), ...tokens.slice(i + 1, open), raw('('), ...join(inner), raw(')'));
    }
    i = close;
  }
  return out;
}

/** INSERT OR IGNORE / OR REPLACE as ON CONFLICT clauses, before any RETURNING. */
function insertOr(text: string): string {
  const match = /^INSERT\s+OR\s+(IGNORE|REPLACE)\s+INTO\s+(\w+)\s*(?:\(([^)]*)\))?/i.exec(text);
  if (!match) return text;
  const [head, mode, table, columnList] = match;
  let rest = text.slice(head.length);
  const returning = /\bRETURNING\b[\s\S]*$/i.exec(rest);
  const tail = returning ? ' ' + returning[0] : '';
  if (returning) rest = rest.slice(0, returning.index).trimEnd();
  let conflict = ' ON CONFLICT DO NOTHING';
  if (mode.toUpperCase() === 'REPLACE') {
    const keys = REPLACE_KEYS[table];
    if (!keys || !columnList) throw new Error(`translateSql: INSERT OR REPLACE INTO ${table} needs its key in postgres/replaceKeys.ts`);
    const updates = columnList.split(',').map((c) => c.trim()).filter((c) => !keys.includes(c));
    conflict = ` ON CONFLICT (${keys.join(', ')}) DO ${updates.length ? 'UPDATE SET ' + updates.map((c) => `${c} = excluded.${c}`).join(', ') : 'NOTHING'}`;
  }
  return `INSERT INTO ${table}${columnList === undefined ? '' : ` (${columnList})`}${rest}${conflict}${tail}`;
}
