import { describe, expect, it } from 'vitest';
import { csatLevel, ratingLevel } from './scoreLevel.ts';

describe('score levels', () => {
  it('grades average ratings', () => {
    expect(ratingLevel(1)).toBe('poor');
    expect(ratingLevel(2.99)).toBe('poor');
    expect(ratingLevel(3)).toBe('fair');
    expect(ratingLevel(3.99)).toBe('fair');
    expect(ratingLevel(4)).toBe('good');
    expect(ratingLevel(null)).toBe('none');
  });

  it('grades CSAT', () => {
    expect(csatLevel(0.2)).toBe('poor');
    expect(csatLevel(0.5)).toBe('fair');
    expect(csatLevel(0.8)).toBe('good');
    expect(csatLevel(undefined)).toBe('none');
  });
});
