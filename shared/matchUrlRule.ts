import type { UrlRule } from './schemas/urlRule.ts';

/** '/cart/' and '/cart' are the same page to a shopper; '/' stays '/'. */
function withoutTrailingSlash(path: string): string {
  let end = path.length;
  while (end > 1 && path[end - 1] === '/') end--;
  return path.slice(0, end);
}

/**
 * Whether `path` matches `pattern`, where `*` matches any run of characters.
 * Rules come from site members and paths from anonymous shoppers, so this must
 * never backtrack (a regex with one `.*` per star took seconds on `/*a*a*a*a*!`
 * and a 150-character path): the first piece must start the path and the last
 * end it, and each piece between is taken where it first occurs after the one
 * before, because ending a piece sooner only leaves more room for the rest.
 * A few `indexOf` scans, each over the path once.
 */
export function matchesPattern(pattern: string, path: string): boolean {
  const pieces = pattern.split('*');
  const last = pieces.pop()!;
  if (!pieces.length) return path === last;
  let at = pieces[0]!.length;
  if (!path.startsWith(pieces[0]!)) return false;
  for (let i = 1; i < pieces.length; i++) {
    const found = path.indexOf(pieces[i]!, at);
    if (found < 0) return false;
    at = found + pieces[i]!.length;
  }
  return path.length - at >= last.length && path.endsWith(last);
}

/** Whether a page path matches a rule; `*` in a pattern matches any run of characters. */
export function matchUrlRule(rule: UrlRule, path: string): boolean {
  if (rule.type === 'exact') return withoutTrailingSlash(path) === withoutTrailingSlash(rule.value);
  if (rule.type === 'prefix') return path.startsWith(rule.value);
  return matchesPattern(rule.value, path);
}

export function matchesAny(rules: readonly UrlRule[] | undefined, path: string): boolean {
  return !!rules?.some((rule) => matchUrlRule(rule, path));
}
