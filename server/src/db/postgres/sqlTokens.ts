export type TokenKind = 'word' | 'param' | 'string' | 'quoted' | 'number' | 'space' | 'comment' | 'open' | 'close' | 'comma' | 'other';

export interface Token {
  kind: TokenKind;
  text: string;
}

const PATTERNS: [TokenKind, RegExp][] = [
  ['space', /\s+/y],
  ['comment', /--[^\n]*|\/\*[\s\S]*?\*\//y],
  ['string', /'(?:[^']|'')*'/y],
  ['quoted', /"(?:[^"]|"")*"|`[^`]*`/y],
  ['param', /\?\d*|[@:$][A-Za-z_][A-Za-z0-9_]*/y],
  ['number', /\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y],
  ['word', /[A-Za-z_][A-Za-z0-9_$]*/y],
  ['open', /\(/y],
  ['close', /\)/y],
  ['comma', /,/y],
  ['other', /::|<<|>>|\|\||<=|>=|<>|!=|==|./y],
];

/** SQLite's SQL as tokens, so a rewrite never touches what is inside a string literal or a quoted name. */
export function sqlTokens(sql: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while (at < sql.length) {
    for (const [kind, pattern] of PATTERNS) {
      pattern.lastIndex = at;
      const match = pattern.exec(sql);
      if (!match) continue;
      tokens.push({ kind, text: match[0] });
      at += match[0].length;
      break;
    }
  }
  return tokens;
}
