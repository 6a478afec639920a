import { describe, expect, it } from 'vitest';
import {
  channelLabel,
  deviceLabel,
  formatCount,
  formatDateTime,
  formatDay,
  formatDayRange,
  formatPercent,
  formatRating,
  formatRelativeTime,
} from './format.ts';

describe('numbers', () => {
  it('groups thousands', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(12345)).toBe('12,345');
  });

  it('shows an average rating with one decimal, a dash when nothing was rated', () => {
    expect(formatRating(3.8461)).toBe('3.8');
    expect(formatRating(4)).toBe('4.0');
    expect(formatRating(null)).toBe('—');
    expect(formatRating(Number.NaN)).toBe('—');
  });

  it('shows CSAT as a whole percentage', () => {
    expect(formatPercent(0.7234)).toBe('72%');
    expect(formatPercent(1)).toBe('100%');
    expect(formatPercent(0)).toBe('0%');
    expect(formatPercent(null)).toBe('—');
  });
});

describe('dates', () => {
  it('formats a UTC day without shifting it into another zone', () => {
    expect(formatDay('2026-11-01')).toBe('1 Nov');
    expect(formatDay('2026-12-31')).toBe('31 Dec');
  });

  it('formats a range, naming the year once unless it changes', () => {
    expect(formatDayRange('2026-10-12', '2026-11-10')).toBe('12 Oct – 10 Nov 2026');
    expect(formatDayRange('2025-12-20', '2026-01-05')).toBe('20 Dec 2025 – 5 Jan 2026');
    expect(formatDayRange('2026-11-10', '2026-11-10')).toBe('10 Nov 2026');
  });

  it('formats an absolute time in the given zone', () => {
    expect(formatDateTime('2026-11-10T10:05:00Z', { timeZone: 'UTC' })).toBe('10 Nov 2026, 10:05');
    expect(formatDateTime('not a date')).toBe('not a date');
  });
});

describe('formatRelativeTime', () => {
  const now = new Date('2026-11-10T12:00:00Z');
  const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000).toISOString();

  it('says "just now" for the last few seconds and for slight clock skew', () => {
    expect(formatRelativeTime(ago(10), now)).toBe('just now');
    expect(formatRelativeTime(ago(-30), now)).toBe('just now');
  });

  it('counts minutes, hours, days and weeks', () => {
    expect(formatRelativeTime(ago(5 * 60), now)).toBe('5 minutes ago');
    expect(formatRelativeTime(ago(59 * 60 + 59), now)).toBe('59 minutes ago');
    expect(formatRelativeTime(ago(3 * 3600), now)).toBe('3 hours ago');
    expect(formatRelativeTime(ago(26 * 3600), now)).toBe('yesterday');
    expect(formatRelativeTime(ago(4 * 86400), now)).toBe('4 days ago');
    expect(formatRelativeTime(ago(15 * 86400), now)).toBe('2 weeks ago');
  });

  it('falls back to the date after a month', () => {
    expect(formatRelativeTime('2026-08-01T08:30:00Z', now, { timeZone: 'UTC' })).toBe('1 Aug 2026, 08:30');
  });

  it('returns unparseable input unchanged rather than "NaN ago"', () => {
    expect(formatRelativeTime('yesterday-ish', now)).toBe('yesterday-ish');
  });
});

describe('labels', () => {
  it('names channels and devices for people', () => {
    expect(channelLabel('web')).toBe('Web');
    expect(channelLabel('store')).toBe('In store');
    expect(channelLabel('sms')).toBe('SMS');
    expect(channelLabel('carrier-pigeon')).toBe('Carrier-pigeon');
    expect(deviceLabel('mobile')).toBe('Mobile');
    expect(deviceLabel(null)).toBe('Unknown device');
  });
});
