import type { UrlRule } from './schemas/urlRule.ts';

/** '/cart/' and '/cart' are the same page to a shopper; '/' stays '/'. */
function withoutTrailingSlash(path: string): string {
  return path.length > 1 ? path.replace(/\/+$/, '') : path;
}

/** Whether a page path matches a rule; `*` in a pattern matches any run of characters. */
export function matchUrlRule(rule: UrlRule, path: string): boolean {
  if (rule.type === 'exact') return withoutTrailingSlash(path) === withoutTrailingSlash(rule.value);
  if (rule.type === 'prefix') return path.startsWith(rule.value);
  const escaped = rule.value.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp('^' + escaped.join('.*') + '$').test(path);
}

export function matchesAny(rules: readonly UrlRule[] | undefined, path: string): boolean {
  return !!rules?.some((rule) => matchUrlRule(rule, path));
}
