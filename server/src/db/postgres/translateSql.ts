import { sqlTokens, type Token } from './sqlTokens.ts';
import { REPLACE_KEYS } from './replaceKeys.ts';
import { havingAliases } from './havingAliases.ts';
import { textArithmetic } from './textArithmetic.ts';
import { lastSolid, nextSolid, raw, solid, splitTopLevel, textOf } from './tokenWalk.ts';
import { unionNulls } from './unionNulls.ts';

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
  // Rewrites that copy or retype whole expressions go first, before the parameters are numbered.
  const tokens = textArithmetic(unionNulls(havingAliases(sqlTokens(sql.trim().replace(/;\s*$/, '')))));
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
  const text = rewrite(selectListsAsNumbers(maxRowsAsDistinctOn(tokens))).map((t) => t.text).join('');
  return { text: qualifyUpserts(nullsLast(insertOr(rowsByCtid(jsonEachValuesAsText(typedTextArguments(text)))))), params, readonly: !WRITES.test(sql) };
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

const join = (args: Token[][]): Token[] => args.flatMap((arg, i) => (i === 0 ? arg : [raw(','), ...arg]));

// What may follow a subquery in FROM when it has no alias (PostgreSQL before 16 requires one).
const AFTER_UNNAMED = new Set(['where', 'group', 'order', 'limit', 'join', 'left', 'inner', 'cross', 'on', 'union', 'having', 'window', 'natural', 'full', 'right', 'except', 'intersect', 'offset']);

function rewrite(tokens: Token[]): Token[] {
  const out: Token[] = [];
  const aliasAfter = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const lower = token.text.toLowerCase();
    if (token.kind === 'number' && isConditionOperand(out, tokens, i)) {
      out.push(raw(token.text === '0' ? 'FALSE' : 'TRUE')); // `WHERE … AND 0`: SQLite's condition that nothing meets
      continue;
    }
    if (token.kind === 'number' && token.text.includes('.')) {
      out.push(raw(`${token.text}::float8`)); // SQLite's 4.0 is a REAL, a double; PostgreSQL's a numeric, which rounds otherwise
      continue;
    }
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
    if (lower === 'limit' && tokens[open]?.kind === 'param') {
      // SQLite reads a negative LIMIT as none; PostgreSQL refuses it and reads NULL as none.
      out.push(raw(`LIMIT nullif(greatest(${tokens[open].text}, -1), -1)`));
      i = open;
      continue;
    }
    if (lower === 'is' && (tokens[open]?.kind === 'param' || (tokens[open]?.text.toLowerCase() === 'not' && tokens[nextSolid(tokens, open + 1)]?.kind === 'param'))) {
      // SQLite's IS compares any two values, a NULL one included; PostgreSQL's IS takes only NULL, TRUE, FALSE.
      const negated = tokens[open].text.toLowerCase() === 'not';
      out.push(raw(negated ? 'IS DISTINCT FROM' : 'IS NOT DISTINCT FROM'));
      if (negated) i = open;
      continue;
    }
    if (lower === 'in' && isJsonEachValues(tokens, open)) castOperandToText(out);
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
      // Through numeric, so text holding a number (json_each's key) casts as in SQLite.
      out.push(raw(castTo[1].toUpperCase() === 'INTEGER' ? `trunc((${expr})::numeric)::bigint` : `CAST(${expr} AS DOUBLE PRECISION)`));
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


/**
 * `SELECT a, b, count(*) AS n, max(c) AS m FROM … GROUP BY g [ORDER BY o]`, where
 * SQLite takes the bare a and b from the row holding the max (its documented
 * rule), as PostgreSQL's `SELECT DISTINCT ON (g) a, b, count(*) OVER (PARTITION BY g)
 * AS n, c AS m FROM … ORDER BY g, c DESC`, inside a `SELECT *` that keeps any ORDER BY.
 * Only a SELECT that GROUP BY (and ORDER BY) ends, a subquery's or the statement's,
 * whose other items are columns or aggregates; any other shape is left alone.
 */
function maxRowsAsDistinctOn(tokens: Token[]): Token[] {
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].kind !== 'word' || tokens[i].text.toLowerCase() !== 'select') continue;
    let depth = 0;
    let from = -1;
    let group = -1;
    let order = -1;
    let end = tokens.length;
    let other = false;
    for (let j = i + 1; j < tokens.length; j++) {
      const lower = tokens[j].text.toLowerCase();
      if (tokens[j].kind === 'open') depth++;
      else if (tokens[j].kind === 'close' && depth-- === 0) {
        end = j;
        break;
      } else if (depth === 0 && tokens[j].kind === 'word') {
        if (lower === 'from' && from < 0) from = j;
        else if (lower === 'group') group = j;
        else if (lower === 'order' && group > 0) order = j;
        else if (['having', 'order', 'limit', 'union', 'except', 'intersect', 'window', 'select'].includes(lower)) other = true;
      }
    }
    if (from < 0 || group < from || other) continue;
    const items = splitTopLevel(tokens.slice(i + 1, from)).map(solid);
    const isCall = (t: Token[]) => t[0]?.kind === 'word' && t[1]?.kind === 'open' && t.findIndex((x) => x.kind === 'close') >= 2;
    const aliasOf = (t: Token[], at: number) => (t.length === at ? '' : t.length === at + 2 && t[at].text.toLowerCase() === 'as' ? ` AS ${t[at + 1].text}` : null);
    const maxes = items.filter((t) => t[0]?.text.toLowerCase() === 'max' && t[2]?.kind === 'word' && t[3]?.kind === 'close' && aliasOf(t, 4) !== null);
    const aggregates = items.filter((t) => isCall(t) && (AGGREGATES.has(t[0].text.toLowerCase()) || t[0].text.toLowerCase() === 'count'));
    const bare = items.filter((t) => t[0]?.kind === 'word' && !isCall(t) && aliasOf(t, 1) !== null);
    if (maxes.length !== 1 || bare.length === 0 || aggregates.length + bare.length !== items.length) continue;
    const [max] = maxes;
    const groupBy = textOf(tokens.slice(nextSolid(tokens, nextSolid(tokens, group + 1) + 1), order < 0 ? end : order)).trim();
    const list = items.map((t) => {
      // Unnamed, SQLite calls the column by its text: so does this, and it stays apart from the bare column of the same name.
      if (t === max) return `${max[2].text}${aliasOf(t, 4) || ` AS "${textOf(t)}"`}`;
      if (bare.includes(t)) return textOf(t.slice(0, 1)) + aliasOf(t, 1);
      const close = t.findLastIndex((x) => x.kind === 'close');
      if (t.slice(0, close).some((x) => x.text.toLowerCase() === 'distinct')) return null;
      return `${textOf(t.slice(0, close + 1))} OVER (PARTITION BY ${groupBy})${t.slice(close + 1).length ? ` AS ${t[t.length - 1].text}` : ''}`;
    });
    if (list.includes(null)) continue;
    let rewritten = `SELECT DISTINCT ON (${groupBy}) ${list.join(', ')} ${textOf(tokens.slice(from, group))}ORDER BY ${groupBy}, ${max[2].text} DESC`;
    if (order >= 0) rewritten = `SELECT * FROM (${rewritten}) AS latest_rows ${textOf(tokens.slice(order, end)).trim()}`;
    tokens.splice(i, end - i, ...sqlTokens(rewritten));
  }
  return tokens;
}

const CONDITION_EDGES = new Set(['and', 'or', 'where', 'on', 'having', 'not']);
const CONDITION_ENDS = new Set(['and', 'or', 'group', 'order', 'limit', 'union', 'having', 'window']);

/** A 0 or 1 standing alone as a condition (`AND 0`), which PostgreSQL needs as a boolean. */
function isConditionOperand(out: Token[], tokens: Token[], at: number): boolean {
  if (tokens[at].text !== '0' && tokens[at].text !== '1') return false;
  const before = lastSolid(out);
  const after = tokens[nextSolid(tokens, at + 1)];
  if (!before || before.kind !== 'word' || !CONDITION_EDGES.has(before.text.toLowerCase())) return false;
  return !after || after.kind === 'close' || (after.kind === 'word' && CONDITION_ENDS.has(after.text.toLowerCase()));
}

/** `IN (SELECT value FROM json_each(…))`: json_each's values are text here (compatFunctions.ts), where SQLite's keep their JSON type. */
function isJsonEachValues(tokens: Token[], open: number): boolean {
  if (tokens[open]?.kind !== 'open') return false;
  const words: string[] = [];
  for (let at = nextSolid(tokens, open + 1); words.length < 4 && at < tokens.length; at = nextSolid(tokens, at + 1)) words.push(tokens[at].text.toLowerCase());
  return words.join(' ') === 'select value from json_each';
}

/** The column before `[NOT] IN`, compared as text, so a number column meets json_each's text values (JSON writes integers as PostgreSQL does). */
function castOperandToText(out: Token[]): void {
  let end = out.length;
  while (end > 0 && out[end - 1].kind === 'space') end--;
  if (out[end - 1]?.text.toLowerCase() === 'not') while (--end > 0 && out[end - 1].kind === 'space');
  let start = end;
  while (start > 0 && (out[start - 1].kind === 'word' || out[start - 1].kind === 'quoted' || out[start - 1].text === '.')) start--;
  if (start === end) return;
  out.splice(start, 0, raw('('));
  out.splice(end + 1, 0, raw(')::text'));
}

/** lower($1): PostgreSQL has a lower() of text and of ranges, and cannot choose for an untyped parameter. */
function typedTextArguments(text: string): string {
  return text.replace(/\b(lower|upper|trim)\((\$\d+)\)/gi, '$1($2::text)');
}

/** `JOIN users u ON u.id = m.value` over `json_each(…) m`: the column compared as text, as json_each's values are here. */
function jsonEachValuesAsText(text: string): string {
  for (const [, alias] of text.matchAll(/\bjson_each\([^()]*\)\s+(?:AS\s+)?(\w+)/gi)) {
    text = text.replace(new RegExp(`([\\w.]+) = ${alias}\\.value\\b`, 'g'), `($1)::text = ${alias}.value`);
  }
  return text;
}

/** `WHERE rowid IN (SELECT rowid FROM t …)`, a batch of rows: PostgreSQL's ctid names a row within one statement, in any table. */
function rowsByCtid(text: string): string {
  return text.replace(/\bWHERE rowid IN \(\s*SELECT rowid FROM\b/gi, 'WHERE ctid IN (SELECT ctid FROM');
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
  // In the DO UPDATE's WHERE, any column of the insert is the row's too (`WHERE site_id = excluded.site_id`).
  const where = tokens.findIndex((t) => t.kind === 'word' && t.text.toLowerCase() === 'where');
  const columns = new Set(/^\s*INSERT\s+INTO\s+\w+(?:\s+AS\s+\w+)?\s*\(([^)]*)\)/i.exec(text)?.[1].split(',').map((c) => c.trim()) ?? []);
  return head + tokens
    .map((token, i) => {
      const inWhere = where >= 0 && i > where;
      if (token.kind !== 'word' || !(inWhere ? columns.has(token.text) || assigned.has(token.text) : assigned.has(token.text))) return token.text;
      const before = tokens[i - 1]?.text;
      const after = tokens[nextSolid(tokens, i + 1)]?.text;
      return before === '.' || (!inWhere && after === '=') ? token.text : `${name}.${token.text}`;
    })
    .join('');
}
