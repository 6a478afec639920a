import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../shared/limits.ts';
import { addDays, isIsoDate } from '../../../shared/time/localDays.ts';
import {
  daysOfPeriod,
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
    expect(presetRange(7, now, 'UTC')).toEqual({ from: '2026-11-04', to: '2026-11-10' });
    expect(rangeLengthInDays(presetRange(30, now, 'UTC'))).toBe(30);
    expect(rangeLengthInDays(presetRange(90, now, 'UTC'))).toBe(90);
  });

  it('ends on the site\'s today, not the viewer\'s or UTC\'s', () => {
    expect(presetRange(1, new Date('2026-11-10T00:00:00Z'), 'UTC')).toEqual({ from: '2026-11-10', to: '2026-11-10' });
    // 20:00 UTC on 10 Nov is 04:00 on 11 Nov in Shanghai, and 15:00 on 10 Nov in New York.
    expect(presetRange(7, new Date('2026-11-10T20:00:00Z'), 'Asia/Shanghai')).toEqual({ from: '2026-11-05', to: '2026-11-11' });
    expect(presetRange(1, new Date('2026-11-11T03:00:00Z'), 'America/New_York')).toEqual({ from: '2026-11-10', to: '2026-11-10' });
  });

  it('recognises which preset a range is', () => {
    expect(matchingPreset(presetRange(30, now, 'UTC'), now, 'UTC')).toBe(30);
    expect(matchingPreset({ from: '2026-11-01', to: '2026-11-10' }, now, 'UTC')).toBeUndefined();
    // Yesterday's "last 7 days" is no longer today's.
    expect(matchingPreset(presetRange(7, new Date('2026-11-09T12:00:00Z'), 'UTC'), now, 'UTC')).toBeUndefined();
    // In Shanghai it is already 11 Nov: the UTC week is not its "last 7 days".
    expect(matchingPreset(presetRange(7, now, 'UTC'), now, 'Asia/Shanghai')).toBeUndefined();
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
    expect(rangeProblem({ from: addDays('2026-11-10', -400), to: '2026-11-10' })).toMatch(/at most 400 days/);
    expect(rangeProblem({ from: '2000-01-01', to: '9999-12-31' })).toMatch(/at most 400 days/);
  });
});

describe('toApiRange', () => {
  it('sends the dates themselves, for the collector to cut in the site\'s zone', () => {
    expect(toApiRange({ from: '2026-11-04', to: '2026-11-10' })).toEqual({ from: '2026-11-04', to: '2026-11-10' });
  });
});

describe('daysOfPeriod', () => {
  it('lists the site\'s local days of a period the collector answered in instants', () => {
    // Shanghai's 4–6 Nov, from its midnights (16:00 UTC the day before).
    expect(daysOfPeriod({ from: '2026-11-03T16:00:00.000Z', to: '2026-11-06T16:00:00.000Z' }, 'Asia/Shanghai')).toEqual([
      '2026-11-04',
      '2026-11-05',
      '2026-11-06',
    ]);
    // Berlin's 25-hour 25 Oct is one day.
    expect(daysOfPeriod({ from: '2026-10-24T22:00:00.000Z', to: '2026-10-26T23:00:00.000Z' }, 'Europe/Berlin')).toEqual([
      '2026-10-25',
      '2026-10-26',
    ]);
  });
});
