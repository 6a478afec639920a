import type { Token } from './sqlTokens.ts';
import { isWord, nextSolid, queryBodies, solid, splitTopLevel, topLevelIndexes } from './tokenWalk.ts';

const HAVING_ENDS = new Set(['order', 'limit', 'union', 'except', 'intersect', 'window']);

/**
 * `SELECT count(x) AS n … GROUP BY g HAVING n >= 2`: SQLite reads a select-list
 * alias in HAVING, PostgreSQL only the expression, so the alias is replaced by
 * its expression. Not when the expression holds a `?` (copying it would shift
 * the positional parameters after it).
 */
export function havingAliases(tokens: Token[]): Token[] {
  for (let found = true; found; ) {
    found = false;
    for (const [start, end] of queryBodies(tokens)) {
      const at = aliasInHaving(tokens, start, end);
      if (!at) continue;
      tokens.splice(at.index, 1, { kind: 'open', text: '(' }, ...at.expr.map((t) => ({ ...t })), { kind: 'close', text: ')' });
      found = true;
      break;
    }
  }
  return tokens;
}

function aliasInHaving(tokens: Token[], start: number, end: number): { index: number; expr: Token[] } | undefined {
  const top = topLevelIndexes(tokens, start, end);
  let aliases = new Map<string, Token[]>();
  let inHaving = false;
  for (let k = 0; k < top.length; k++) {
    const i = top[k];
    const token = tokens[i];
    if (isWord(token, 'select')) {
      const from = top.find((j) => j > i && isWord(tokens[j], 'from')) ?? end;
      aliases = new Map(splitTopLevel(tokens.slice(i + 1, from)).flatMap((item) => aliasOf(item)));
      inHaving = false;
    } else if (isWord(token, 'having')) inHaving = true;
    else if (token.kind === 'word' && HAVING_ENDS.has(token.text.toLowerCase())) inHaving = false;
    else if (inHaving && (token.kind === 'word' || token.kind === 'quoted') && tokens[i - 1]?.text !== '.' && tokens[nextSolid(tokens, i + 1)]?.kind !== 'open') {
      const expr = aliases.get(token.text);
      if (expr) return { index: i, expr };
    }
  }
  return undefined;
}

function aliasOf(item: Token[]): [string, Token[]][] {
  const s = solid(item);
  if (s.length < 3 || !isWord(s[s.length - 2], 'as')) return [];
  const expr = item.slice(item.indexOf(s[0]), item.lastIndexOf(s[s.length - 3]) + 1);
  if (expr.some((t) => t.kind === 'param' && t.text.startsWith('?'))) return [];
  return [[s[s.length - 1].text, expr]];
}
