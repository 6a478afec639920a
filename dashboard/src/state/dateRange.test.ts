import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../shared/limits.ts';
import {
  addDays,
  isIsoDate,
  matchingPreset,
  presetRange,
  rangeLengthInDays,
  rangeProblem,
  toApiRange,
} from './dateRange.ts';

const now = new Date('2026-11-10T23:30:00Z');

describe('isIsoDate', () => {
  it('accepts real calendar days only', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-1-01')).toBe(false);
    expect(isIsoDate('')).toBe(false);
    expect(isIsoDate('2026-11-10T00:00:00Z')).toBe(false);
  });
});

describe('presets', () => {
  it('covers the last N days with today included', () => {
    expect(presetRange(7, now)).toEqual({ from: '2026-11-04', to: '2026-11-10' });
    expect(rangeLengthInDays(presetRange(30, now))).toBe(30);
    expect(rangeLengthInDays(presetRange(90, now))).toBe(90);
  });

  it('uses the UTC day, not the local one', () => {
    expect(presetRange(1, new Date('2026-11-10T00:00:00Z'))).toEqual({ from: '2026-11-10', to: '2026-11-10' });
  });

  it('recognises which preset a range is', () => {
    expect(matchingPreset(presetRange(30, now), now)).toBe(30);
    expect(matchingPreset({ from: '2026-11-01', to: '2026-11-10' }, now)).toBeUndefined();
    // Yesterday's "last 7 days" is no longer today's.
    expect(matchingPreset(presetRange(7, new Date('2026-11-09T12:00:00Z')), now)).toBeUndefined();
  });

  it('crosses month and year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});

describe('rangeProblem', () => {
  it('accepts a one-day range', () => {
    expect(rangeProblem({ from: '2026-11-10', to: '2026-11-10' })).toBeNull();
  });

  it('explains what is wrong', () => {
    expect(rangeProblem({ from: '', to: '2026-11-10' })).toMatch(/start date/);
    expect(rangeProblem({ from: '2026-11-10', to: 'x' })).toMatch(/end date/);
    expect(rangeProblem({ from: '2026-11-11', to: '2026-11-10' })).toMatch(/on or before/);
  });

  it('accepts up to the 400 days the collector reads, no more', () => {
    const longest = { from: addDays('2026-11-10', -399), to: '2026-11-10' };
    expect(rangeProblem(longest)).toBeNull();
    expect(rangeLengthInDays(longest)).toBe(LIMITS.viewDays);
    const api = toApiRange(longest);
    expect(Date.parse(api.to) - Date.parse(api.from)).toBe(LIMITS.viewDays * 86_400_000);
    expect(rangeProblem({ from: addDays('2026-11-10', -400), to: '2026-11-10' })).toMatch(/at most 400 days/);
    expect(rangeProblem({ from: '2000-01-01', to: '9999-12-31' })).toMatch(/at most 400 days/);
  });
});

describe('toApiRange', () => {
  it('spans from the start of the first day to the start of the day after the last', () => {
    expect(toApiRange({ from: '2026-11-04', to: '2026-11-10' })).toEqual({
      from: '2026-11-04T00:00:00.000Z',
      to: '2026-11-11T00:00:00.000Z',
    });
  });
});
