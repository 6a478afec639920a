import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchesAny, matchesPattern, matchUrlRule } from './matchUrlRule.ts';

/** What `pattern` rules meant before: a regex with `.*` per star. Exponential on some inputs; small ones only. */
function regexMatches(pattern: string, path: string): boolean {
  const escaped = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp('^' + escaped.join('.*') + '$').test(path);
}

/** Milliseconds `run` takes; the bounds below are loose enough for a loaded 2-core VM. */
function timed(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

describe('matchUrlRule', () => {
  it('matches exact paths with or without a trailing slash', () => {
    expect(matchUrlRule({ type: 'exact', value: '/cart' }, '/cart')).toBe(true);
    expect(matchUrlRule({ type: 'exact', value: '/cart' }, '/cart/')).toBe(true);
    expect(matchUrlRule({ type: 'exact', value: '/cart/' }, '/cart')).toBe(true);
    expect(matchUrlRule({ type: 'exact', value: '/cart' }, '/cart//')).toBe(true);
    expect(matchUrlRule({ type: 'exact', value: '/cart' }, '/cart/items')).toBe(false);
    expect(matchUrlRule({ type: 'exact', value: '/' }, '/')).toBe(true);
    expect(matchUrlRule({ type: 'exact', value: '/' }, '//')).toBe(true);
    expect(matchUrlRule({ type: 'exact', value: '/' }, '/cart')).toBe(false);
  });

  it('matches prefixes', () => {
    expect(matchUrlRule({ type: 'prefix', value: '/checkout/' }, '/checkout/payment')).toBe(true);
    expect(matchUrlRule({ type: 'prefix', value: '/checkout/' }, '/cart')).toBe(false);
  });

  it('lets * in a pattern match any run of characters, and nothing else be special', () => {
    const rule = { type: 'pattern' as const, value: '/product/*' };
    expect(matchUrlRule(rule, '/product/trail-jacket')).toBe(true);
    expect(matchUrlRule(rule, '/product/')).toBe(true);
    expect(matchUrlRule(rule, '/products/x')).toBe(false);
    expect(matchUrlRule({ type: 'pattern', value: '/a.b/*/end' }, '/a.b/x/y/end')).toBe(true);
    expect(matchUrlRule({ type: 'pattern', value: '/a.b/*/end' }, '/aXb/x/end')).toBe(false);
    expect(matchUrlRule({ type: 'pattern', value: '/order/*/confirm' }, '/order/confirm')).toBe(false);
    expect(matchUrlRule({ type: 'pattern', value: '/a*a' }, '/a')).toBe(false);
    expect(matchUrlRule({ type: 'pattern', value: '/a*a' }, '/aa')).toBe(true);
  });

  it('matches any of several rules, and none of none', () => {
    expect(matchesAny([{ type: 'exact', value: '/a' }, { type: 'prefix', value: '/b' }], '/b/c')).toBe(true);
    expect(matchesAny(undefined, '/b')).toBe(false);
  });
});

describe('matchesPattern', () => {
  // Paths never hold line breaks (the schemas refuse whitespace), where `.` and `*` differed.
  const char = fc.constantFrom('a', 'b', '/', '.', '*', '+', '?', '(', ')', '[', ']', '$', '^', '|', '\\', '{', '中');
  const patterns = fc.string({ unit: char, maxLength: 10 });
  const paths = fc.string({ unit: char, maxLength: 14 });

  it('agrees with the regex it replaces on random patterns and paths', () => {
    fc.assert(fc.property(patterns, paths, (pattern, path) => matchesPattern(pattern, path) === regexMatches(pattern, path)), {
      numRuns: 5_000,
    });
  });

  it('agrees with the regex on paths built to match, and on the same paths cut or extended', () => {
    // Random paths rarely match a pattern with several pieces; these do, or nearly do.
    const built = fc
      .tuple(fc.array(fc.string({ unit: char, maxLength: 3 }), { minLength: 1, maxLength: 5 }), fc.array(paths, { minLength: 5, maxLength: 5 }))
      .map(([pieces, fillers]) => ({
        pattern: pieces.map((p) => p.replaceAll('*', '')).join('*'),
        path: pieces.map((p, i) => (i ? fillers[i - 1]! : '') + p.replaceAll('*', '')).join(''),
      }));
    fc.assert(
      fc.property(built, fc.integer({ min: -2, max: 2 }), ({ pattern, path }, change) => {
        const variant = change < 0 ? path.slice(0, change) : path + 'ab'.slice(0, change);
        return matchesPattern(pattern, variant) === regexMatches(pattern, variant);
      }),
      { numRuns: 5_000 },
    );
  });

  it('answers the red team’s rule on a 150-character path at once (the regex took seconds)', () => {
    const rule = { type: 'pattern' as const, value: '/*a*a*a*a*!' };
    let matched = true;
    expect(timed(() => (matched = matchUrlRule(rule, '/' + 'a'.repeat(149))))).toBeLessThan(50);
    expect(matched).toBe(false);
  });

  it('stays fast on adversarial patterns over 2,048-character paths, stored rules with many stars included', () => {
    const a = 'a'.repeat(2047);
    const cases: [pattern: string, path: string, expected: boolean][] = [
      ['/*a*a*a*a*!', '/' + a, false],
      ['/' + '*a'.repeat(8) + '!', '/' + a, false],
      ['/' + '*a'.repeat(8) + '*', '/' + a, true],
      ['/' + '*a'.repeat(60) + '!', '/' + a, false],
      ['*' + 'a'.repeat(1000) + 'b', '/' + a, false],
      ['/' + ('a'.repeat(250) + '*').repeat(8) + 'b', '/' + a, false],
      ['/*ab*ab*ab*ab*ab*ab*ab*c', '/' + 'ab'.repeat(1023) + 'a', false],
      ['/*' + 'a'.repeat(1023) + 'b*', '/' + 'a'.repeat(1023) + 'c' + 'a'.repeat(1023), false],
      ['/*/*/*/*/*/*/*/*x', '/'.repeat(2048), false],
    ];
    const elapsed = timed(() => {
      for (let run = 0; run < 20; run++) {
        for (const [pattern, path, expected] of cases) expect(matchesPattern(pattern, path)).toBe(expected);
      }
    });
    // 180 matches; the regex needed seconds for one of them at 150 characters.
    expect(elapsed).toBeLessThan(500);
  });
});
