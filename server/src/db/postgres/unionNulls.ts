import type { Token } from './sqlTokens.ts';
import { ARITHMETIC, isWord, queryBodies, solid, splitTopLevel, topLevelIndexes } from './tokenWalk.ts';

const SET_OPERATORS = new Set(['union', 'except', 'intersect']);

/**
 * `SELECT a, NULL … UNION ALL SELECT b, NULL … UNION ALL SELECT c, x + 1 …`:
 * PostgreSQL types a compound SELECT's columns pair by pair from the left, so two
 * bare NULLs meet first, become text, and then refuse the number. SQLite has no
 * column types to match. The first branch's NULL is given the type of the first
 * later item that is not NULL, where its shape says it: `||` or a string makes
 * text, arithmetic or a number literal numeric. Any other shape is left alone.
 */
export function unionNulls(tokens: Token[]): Token[] {
  for (const [start, end] of queryBodies(tokens)) {
    const top = topLevelIndexes(tokens, start, end);
    const cuts = top.filter((i) => tokens[i].kind === 'word' && SET_OPERATORS.has(tokens[i].text.toLowerCase()));
    if (cuts.length < 2) continue;
    const bounds = [start - 1, ...cuts, end];
    const lists = bounds.slice(0, -1).map((from, b) => selectList(tokens, top.filter((i) => i > from && i < bounds[b + 1]), bounds[b + 1]));
    if (lists.some((list) => !list)) continue;
    const [first, second, ...rest] = lists as Token[][][];
    first.forEach((item, column) => {
      if (!isBareNull(item) || !isBareNull(second[column] ?? [])) return;
      const known = rest.map((list) => list[column]).find((other) => other && !isBareNull(other));
      const type = known && typeOf(known);
      if (type) Object.assign(solid(item)[0], { kind: 'other', text: `NULL::${type}` });
    });
  }
  return tokens;
}

function selectList(tokens: Token[], top: number[], end: number): Token[][] | undefined {
  const select = top.find((i) => isWord(tokens[i], 'select'));
  if (select === undefined) return undefined;
  const from = top.find((i) => i > select && isWord(tokens[i], 'from')) ?? end;
  return splitTopLevel(tokens.slice(select + 1, from));
}

function isBareNull(item: Token[]): boolean {
  const s = solid(item);
  return isWord(s[0], 'null') && (s.length === 1 || (s.length === 3 && isWord(s[1], 'as')));
}

function typeOf(item: Token[]): string | undefined {
  const top = topLevelIndexes(item, 0, item.length).map((i) => item[i]);
  if (top.some((t) => t.text === '||' || t.kind === 'string')) return 'text';
  if (top.some((t) => (t.kind === 'other' && ARITHMETIC.has(t.text)) || t.kind === 'number')) return 'numeric';
  return undefined;
}
