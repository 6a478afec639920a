import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ATTRIBUTES_KEY, cleanAttributes, readAttributes } from '../src/visitor/attributes.ts';
import { noteVisitor } from '../src/visitor/noteVisitor.ts';
import { whoAnswered } from '../src/visitor/whoAnswered.ts';
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

  describe('kept for the visit by tp.js', () => {
    let session: Map<string, string>;
    beforeEach(() => {
      session = new Map();
      vi.stubGlobal('navigator', { doNotTrack: null });
      vi.stubGlobal('localStorage', memoryStorage());
      vi.stubGlobal('sessionStorage', memoryStorage(session));
    });
    afterEach(() => vi.unstubAllGlobals());

    it('add up over the visit, later values winning, and go with every answer of its later pages', () => {
      noteVisitor()({ plan: 'silver', country: 'NZ' });
      const nextPage = noteVisitor();
      nextPage({ plan: 'gold', orders: 3 });
      expect(readAttributes(sessionStorage)).toEqual({ plan: 'gold', country: 'NZ', orders: '3' });
      noteVisitor(); // a page without identify
      expect(whoAnswered().attributes).toEqual({ plan: 'gold', country: 'NZ', orders: '3' });
    });

    it('never store objects, arrays or functions, and are cut when read', () => {
      const identify = noteVisitor();
      identify({ plan: 'gold', profile: { email: 'ada@example.com' }, tags: ['a'], fn: () => 1, note: 'n'.repeat(500) });
      identify('gold');
      identify(null);
      expect(session.get(ATTRIBUTES_KEY)).not.toContain('ada@example.com');
      expect(readAttributes(sessionStorage)).toEqual({ plan: 'gold', note: 'n'.repeat(120) });
    });

    it('are left out of answers when the page said none', () => {
      noteVisitor()({});
      expect(whoAnswered()).toEqual({ returning: false, attributes: undefined });
    });
  });
});
