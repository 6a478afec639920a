import { describe, expect, it } from 'vitest';
import { isTouchOnly } from '../src/triggers/isTouchOnly.ts';

function device(matching: string[], maxTouchPoints: number) {
  return {
    matchMedia: (query: string) => ({ matches: matching.includes(query) }) as MediaQueryList,
    navigator: { maxTouchPoints } as Navigator,
  };
}

describe('touch-only devices', () => {
  it('is a phone: coarse pointer, no fine one', () => {
    expect(isTouchOnly(device(['(pointer: coarse)'], 5))).toBe(true);
  });
  it('is not a desktop, nor a touch laptop or a tablet with a trackpad (a fine pointer can show exit intent)', () => {
    expect(isTouchOnly(device(['(any-pointer: fine)'], 0))).toBe(false);
    expect(isTouchOnly(device(['(any-pointer: fine)'], 10))).toBe(false);
    expect(isTouchOnly(device(['(pointer: coarse)', '(any-pointer: fine)'], 5))).toBe(false);
  });
  it('falls back to touch points when pointer media queries say nothing', () => {
    expect(isTouchOnly(device([], 5))).toBe(true);
    expect(isTouchOnly(device([], 0))).toBe(false);
  });
});
