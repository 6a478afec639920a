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
  json_extract: 'sqlite_json_extract',
  json_object: 'json_build_object',
  like: 'ILIKE', // SQLite's LIKE ignores ASCII case
};
const COMPARISONS = new Set(['=', '==', '<', '>', '<=', '>=', '<>', '!=', 'is', 'in', 'like', 'and', 'or', 'not', 'between', 'exists']);
const AGGREGATES = new Set(['sum', 'total', 'avg', 'max', 'min']);
/** The calls rewrite() looks into; any other word before a parenthesis (FROM, IN, a function PostgreSQL shares) stays. */
const CALLS = Object.fromEntries([...AGGREGATES, 'cast', 'group_concat', 'json_group_array', ...Object.keys(RENAMED)].map((n) => [n, true]));
const WRITES = /^\s*(?:WITH\b[\s\S]*?\b)?(INSERT|UPDATE|DELETE|REPLACE|CREATE|DROP|ALTER)\b/i;

/**
 * SQLite's SQL as PostgreSQL runs it, once per statement (db/statement.ts caches
 * the result): placeholders to `$n`, camelCase names quoted (PostgreSQL folds
 * unquoted names to lower case), SQLite-only functions and clauses to their
 * PostgreSQL forms. Functions PostgreSQL can be given (total, json_each) live
 * in the schema instead (migrations/postgres/compatFunctions.ts).
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
  const text = rewrite(selectListsAsNumbers(tokens)).map((t) => t.text).join('');
  return { text: qualifyUpserts(nullsLast(insertOr(text))), params, readonly: !WRITES.test(sql) };
}

function nextSolid(tokens: Token[], from: number): number {
  let i = from;
  while (i < tokens.length && (tokens[i].kind === 'space' || tokens[i].kind === 'comment')) i++;
  return i;
}

function lastSolid(tokens: Token[]): Token | undefined {
  for (let i = tokens.length - 1; i >= 0; i--) if (tokens[i].kind !== 'space' && tokens[i].kind !== 'comment') return tokens[i];
  return undefined;
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

// What may follow a subquery in FROM when it has no alias (PostgreSQL before 16 requires one).
const AFTER_UNNAMED = new Set(['where', 'group', 'order', 'limit', 'join', 'left', 'inner', 'cross', 'on', 'union', 'having', 'window', 'natural', 'full', 'right', 'except', 'intersect', 'offset']);

function rewrite(tokens: Token[]): Token[] {
  const out: Token[] = [];
  const aliasAfter = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const lower = token.text.toLowerCase();
    if (token.kind !== 'word') {
      out.push(token);
      if (token.kind === 'open' && /^(from|join)$/i.test(lastSolid(out.slice(0, -1))?.text ?? '')) {
        const { close } = callAt(tokens, i);
        const next = tokens[nextSolid(tokens, close + 1)];
        if (!next || next.kind !== 'word' || AFTER_UNNAMED.has(next.text.toLowerCase())) aliasAfter.add(close);
      }
      if (aliasAfter.has(i)) out.push(raw(` AS unnamed_${i}`));
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
    if (!isCall || !(lower in CALLS)) {
      out.push(lower === 'like' ? raw(RENAMED.like) : token);
      continue;
    }
    const { close, args } = callAt(tokens, open);
    const inner = args.map((arg) => rewrite(arg));
    const name = lower;
    const castTo = name === 'cast' ? /\bAS\s+(INTEGER|REAL)\s*$/i.exec(inner[0].map((t) => t.text).join('')) : null;
    if (castTo) {
      // SQLite's CAST to INTEGER truncates (PostgreSQL's rounds); its REAL is a double (PostgreSQL's a float4).
      const expr = inner[0].map((t) => t.text).join('').slice(0, castTo.index).trim();
      out.push(raw(castTo[1].toUpperCase() === 'INTEGER' ? `trunc(${expr})::bigint` : `CAST(${expr} AS DOUBLE PRECISION)`));
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

const LIST_ENDS = new Set(['from', 'where', 'group', 'order', 'limit', 'union', 'except', 'intersect', 'having', 'window']);

/**
 * A comparison in a select list is a number in SQLite (1 or 0) and a boolean in
 * PostgreSQL, which will not sum it, add it or UNION it with a number: cast it.
 */
function selectListsAsNumbers(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    out.push(tokens[i]);
    if (tokens[i].kind !== 'word' || tokens[i].text.toLowerCase() !== 'select') continue;
    let depth = 0;
    let item: Token[] = [];
    const flush = () => {
      out.push(...numberItem(item));
      item = [];
    };
    let j = i + 1;
    for (; j < tokens.length; j++) {
      const token = tokens[j];
      const lower = token.text.toLowerCase();
      if (token.kind === 'open' || lower === 'case') depth++;
      if (token.kind === 'close' || lower === 'end') {
        if (depth === 0) break;
        depth--;
      }
      if (depth === 0 && token.kind === 'word' && LIST_ENDS.has(lower)) break;
      if (depth === 0 && token.kind === 'comma') {
        flush();
        out.push(token);
      } else item.push(token);
    }
    flush();
    i = j - 1;
  }
  return out;
}

function numberItem(item: Token[]): Token[] {
  let end = item.length;
  while (end > 0 && (item[end - 1].kind === 'space' || item[end - 1].kind === 'comment')) end--;
  let exprEnd = end;
  const last = item[end - 1];
  const before = item[nextSolidBack(item, end - 2)];
  if (last && (last.kind === 'word' || last.kind === 'quoted') && before?.text.toLowerCase() === 'as') exprEnd = nextSolidBack(item, end - 2);
  let start = 0;
  while (start < exprEnd && item[start].kind === 'space') start++;
  const exprLast = nextSolidBack(item, exprEnd - 1) + 1;
  const expr = item.slice(start, exprLast);
  if (!topLevelComparison(expr)) return item;
  return [...item.slice(0, start), raw('('), ...expr, raw(')::int'), ...item.slice(exprLast)];
}

function nextSolidBack(tokens: Token[], from: number): number {
  let i = from;
  while (i >= 0 && (tokens[i].kind === 'space' || tokens[i].kind === 'comment')) i--;
  return i;
}

/**
 * ORDER BY x IS NULL, x: PostgreSQL reads a select-list alias in ORDER BY only
 * on its own, not inside an expression; NULLS LAST says the same.
 */
function nullsLast(text: string): string {
  return text.replace(/(\bORDER BY\s+)("?\w+"?) IS NULL,\s*\2(\s+(?:ASC|DESC))?/gi, '$1$2$3 NULLS LAST');
}

/**
 * In ON CONFLICT … DO UPDATE SET a = a + 1, PostgreSQL finds `a` ambiguous (the
 * row or `excluded`), where SQLite reads the row: name the table for it.
 */
function qualifyUpserts(text: string): string {
  const table = /^\s*INSERT\s+INTO\s+(\w+)(?:\s+AS\s+(\w+))?/i.exec(text);
  const set = /\bDO\s+UPDATE\s+SET\b/i.exec(text);
  if (!table || !set) return text;
  const name = table[2] ?? table[1];
  const head = text.slice(0, set.index + set[0].length);
  const tokens = sqlTokens(text.slice(head.length));
  const assigned = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const next = tokens[nextSolid(tokens, i + 1)];
    if (tokens[i].kind === 'word' && next?.text === '=' && /^\s*$|,$/.test(lastSolid(tokens.slice(0, i))?.text ?? ',')) assigned.add(tokens[i].text);
  }
  return head + tokens
    .map((token, i) => {
      if (token.kind !== 'word' || !assigned.has(token.text)) return token.text;
      const before = tokens[i - 1]?.text;
      const after = tokens[nextSolid(tokens, i + 1)]?.text;
      return before === '.' || after === '=' ? token.text : `${name}.${token.text}`;
    })
    .join('');
}
