import type { Token } from './sqlTokens.ts';

// Moving through SQL tokens, shared by the rewrites of translateSql.ts.

export const ARITHMETIC = new Set(['+', '-', '*', '/', '%']);
export const raw = (text: string): Token => ({ kind: 'other', text });
export const textOf = (tokens: Token[]) => tokens.map((t) => t.text).join('');
export const isSolid = (t: Token) => t.kind !== 'space' && t.kind !== 'comment';
export const solid = (tokens: Token[]) => tokens.filter(isSolid);
export const isWord = (t: Token | undefined, word: string) => t?.kind === 'word' && t.text.toLowerCase() === word;

export function nextSolid(tokens: Token[], from: number): number {
  let i = from;
  while (i < tokens.length && !isSolid(tokens[i])) i++;
  return i;
}

export function lastSolid(tokens: Token[]): Token | undefined {
  for (let i = tokens.length - 1; i >= 0; i--) if (isSolid(tokens[i])) return tokens[i];
  return undefined;
}

export function splitTopLevel(tokens: Token[]): Token[][] {
  const parts: Token[][] = [[]];
  let depth = 0;
  for (const token of tokens) {
    if (token.kind === 'open') depth++;
    if (token.kind === 'close') depth--;
    if (token.kind === 'comma' && depth === 0) parts.push([]);
    else parts[parts.length - 1].push(token);
  }
  return parts;
}

/** The index of the `)` closing the `(` at `open`, or the end when none does. */
export function closeOf(tokens: Token[], open: number): number {
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    if (tokens[i].kind === 'open') depth++;
    else if (tokens[i].kind === 'close' && --depth === 0) return i;
  }
  return tokens.length;
}

/**
 * The spans [start, end) of the token list at nesting level zero and inside each
 * pair of parentheses: each is one statement or subquery, whose clauses a rewrite
 * can find at its own depth.
 */
export function queryBodies(tokens: Token[]): [number, number][] {
  const bodies: [number, number][] = [[0, tokens.length]];
  for (let i = 0; i < tokens.length; i++) if (tokens[i].kind === 'open') bodies.push([i + 1, closeOf(tokens, i)]);
  return bodies;
}

/** The indexes of the tokens in [start, end) at depth zero of that span. */
export function topLevelIndexes(tokens: Token[], start: number, end: number): number[] {
  const out: number[] = [];
  let depth = 0;
  for (let i = start; i < end; i++) {
    if (tokens[i].kind === 'close') depth--;
    if (depth === 0) out.push(i);
    if (tokens[i].kind === 'open') depth++;
  }
  return out;
}
