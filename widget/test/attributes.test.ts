import { describe, expect, it } from 'vitest';
import { addAttributes, cleanAttributes, readAttributes } from '../src/surveys/attributes.ts';
import { memoryStorage } from './memoryStorage.ts';

describe("attributes from touchpoint('identify', …)", () => {
  it('keep strings, numbers and booleans as strings, and drop everything else', () => {
    expect(cleanAttributes({ plan: 'gold', orders: 3, vip: true, profile: { id: 1 }, tags: ['a'], fn: () => 1, none: null })).toEqual({
      plan: 'gold',
      orders: '3',
      vip: 'true',
    });
    expect(cleanAttributes('gold')).toEqual({});
    expect(cleanAttributes(null)).toEqual({});
  });

  it('are cut to what the collector accepts: 20 keys of up to 40 characters, values up to 120', () => {
    const many = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`k${i}`, i]));
    expect(Object.keys(cleanAttributes(many))).toHaveLength(20);
    expect(cleanAttributes({ ['k'.repeat(41)]: 'x', ok: 'y'.repeat(200) })).toEqual({ ok: 'y'.repeat(120) });
  });

  it('add up over the visit, later values winning', () => {
    const session = memoryStorage();
    addAttributes(session, { plan: 'silver', country: 'NZ' });
    expect(addAttributes(session, { plan: 'gold' })).toEqual({ plan: 'gold', country: 'NZ' });
    expect(readAttributes(session)).toEqual({ plan: 'gold', country: 'NZ' });
  });
});
