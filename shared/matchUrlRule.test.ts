import { describe, expect, it } from 'vitest';
import { matchesAny, matchUrlRule } from './matchUrlRule.ts';

describe('matchUrlRule', () => {
  it('matches exact paths with or without a trailing slash', () => {
    expect(matchUrlRule({ type: 'exact', value: '/cart' }, '/cart')).toBe(true);
    expect(matchUrlRule({ type: 'exact', value: '/cart' }, '/cart/')).toBe(true);
    expect(matchUrlRule({ type: 'exact', value: '/cart/' }, '/cart')).toBe(true);
    expect(matchUrlRule({ type: 'exact', value: '/cart' }, '/cart/items')).toBe(false);
    expect(matchUrlRule({ type: 'exact', value: '/' }, '/')).toBe(true);
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
  });

  it('matches any of several rules, and none of none', () => {
    expect(matchesAny([{ type: 'exact', value: '/a' }, { type: 'prefix', value: '/b' }], '/b/c')).toBe(true);
    expect(matchesAny(undefined, '/b')).toBe(false);
  });
});
