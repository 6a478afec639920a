import { describe, expect, it } from 'vitest';
import { slaDue } from './slaClock.ts';

const at = (iso: string) => Date.parse(iso);

describe('the SLA clock', () => {
  it('runs around the clock without business hours', () => {
    expect(slaDue(at('2026-06-19T16:00:00Z'), 8)).toBe(at('2026-06-20T00:00:00Z'));
  });

  const office = { days: [1, 2, 3, 4, 5], start: 9, end: 17 };

  it('counts only business hours: a Friday 16:00 complaint with 8 hours is due Monday 16:00', () => {
    // 2026-06-19 is a Friday: one hour that day, seven on Monday.
    expect(slaDue(at('2026-06-19T16:00:00Z'), 8, office)).toBe(at('2026-06-22T16:00:00Z'));
  });

  it('starts the clock at opening time for a complaint before it, and on Monday for one at the weekend', () => {
    expect(slaDue(at('2026-06-17T06:00:00Z'), 2, office)).toBe(at('2026-06-17T11:00:00Z'));
    expect(slaDue(at('2026-06-20T12:00:00Z'), 1, office)).toBe(at('2026-06-22T10:00:00Z'));
  });

  it('ends exactly at closing time when the hours run out there', () => {
    expect(slaDue(at('2026-06-17T09:00:00Z'), 8, office)).toBe(at('2026-06-17T17:00:00Z'));
  });
});
