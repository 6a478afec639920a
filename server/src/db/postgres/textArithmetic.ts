import type { Token } from './sqlTokens.ts';
import { ARITHMETIC, closeOf, isWord, lastSolid, nextSolid, raw } from './tokenWalk.ts';

const isArithmetic = (t: Token | undefined) => t?.kind === 'other' && ARITHMETIC.has(t.text);

/**
 * `substr(key, 15, 2) % 6`: SQLite reads text holding a number as that number in
 * arithmetic, PostgreSQL has no arithmetic on text. A substr() beside an
 * arithmetic operator is cast to numeric (exact, as SQLite's integers are).
 */
export function textArithmetic(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const open = nextSolid(tokens, i + 1);
    if (!isWord(tokens[i], 'substr') || tokens[open]?.kind !== 'open') {
      out.push(tokens[i]);
      continue;
    }
    const close = closeOf(tokens, open);
    const call = tokens.slice(i, close + 1);
    if (isArithmetic(lastSolid(out)) || isArithmetic(tokens[nextSolid(tokens, close + 1)])) out.push({ kind: 'open', text: '(' }, ...call, { kind: 'close', text: ')' }, raw('::numeric'));
    else out.push(...call);
    i = close;
  }
  return out;
}
