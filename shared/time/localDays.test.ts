import { describe, expect, it } from 'vitest';
import { boundInstant, isTimeZone, localDay, localDayCount, localDayStart, localDaysOf, previousPeriod, shiftLocalDays } from './localDays.ts';

const HOUR = 3_600_000;
const at = (iso: string) => Date.parse(iso);
const hoursOf = (day: string, zone: string) => (shiftLocalDays(localDayStart(day, zone), 1, zone) - localDayStart(day, zone)) / HOUR;

describe('local days', () => {
  it('cuts Berlin days at its midnight: 23 hours on 29 March 2026, 25 on 25 October', () => {
    expect(new Date(localDayStart('2026-03-29', 'Europe/Berlin')).toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(hoursOf('2026-03-29', 'Europe/Berlin')).toBe(23);
    expect(hoursOf('2026-10-25', 'Europe/Berlin')).toBe(25);
    expect(hoursOf('2026-06-17', 'Europe/Berlin')).toBe(24);
    // 23:30 and 00:30 local on the transition days.
    expect(localDay(at('2026-03-29T21:30:00Z'), 'Europe/Berlin')).toBe('2026-03-29');
    expect(localDay(at('2026-03-28T23:30:00Z'), 'Europe/Berlin')).toBe('2026-03-29');
    expect(localDay(at('2026-10-25T22:30:00Z'), 'Europe/Berlin')).toBe('2026-10-25');
    expect(localDay(at('2026-10-25T23:30:00Z'), 'Europe/Berlin')).toBe('2026-10-26');
  });

  it('cuts New York days likewise on 8 March and 1 November 2026', () => {
    expect(hoursOf('2026-03-08', 'America/New_York')).toBe(23);
    expect(hoursOf('2026-11-01', 'America/New_York')).toBe(25);
    expect(localDay(at('2026-03-09T03:30:00Z'), 'America/New_York')).toBe('2026-03-08');
    expect(localDay(at('2026-11-02T04:30:00Z'), 'America/New_York')).toBe('2026-11-01');
    expect(localDay(at('2026-11-02T05:00:00Z'), 'America/New_York')).toBe('2026-11-02');
  });

  it('puts 2026-11-10T20:00Z on 11 November in Shanghai (no daylight saving), on 10 November in UTC', () => {
    expect(localDay(at('2026-11-10T20:00:00Z'), 'Asia/Shanghai')).toBe('2026-11-11');
    expect(localDay(at('2026-11-10T20:00:00Z'), 'UTC')).toBe('2026-11-10');
    expect(hoursOf('2026-11-11', 'Asia/Shanghai')).toBe(24);
  });

  it('reads a date bound as the local day, `to` included; an instant as it is', () => {
    expect(new Date(boundInstant('2026-11-11', 'Asia/Shanghai', 'from')).toISOString()).toBe('2026-11-10T16:00:00.000Z');
    expect(new Date(boundInstant('2026-11-11', 'Asia/Shanghai', 'to')).toISOString()).toBe('2026-11-11T16:00:00.000Z');
    expect(boundInstant('2026-11-11T03:00:00+08:00', 'Europe/Berlin', 'to')).toBe(at('2026-11-10T19:00:00Z'));
  });

  it('lists the local days of a range and compares a week across a change of clocks with the 7 days before', () => {
    const from = localDayStart('2026-03-29', 'Europe/Berlin');
    const to = localDayStart('2026-04-05', 'Europe/Berlin');
    expect(localDaysOf(from, to, 'Europe/Berlin')).toHaveLength(7);
    expect(localDayCount(from, to, 'Europe/Berlin')).toBe(7);
    expect(to - from).toBe(7 * 24 * HOUR - HOUR);
    const previous = previousPeriod(from, to, 'Europe/Berlin');
    expect(new Date(previous.from).toISOString()).toBe('2026-03-21T23:00:00.000Z');
    expect(previous.to).toBe(from);
    // Not whole days: as many hours before.
    expect(previousPeriod(at('2026-03-29T10:00:00Z'), at('2026-03-29T12:00:00Z'), 'Europe/Berlin').from).toBe(at('2026-03-29T08:00:00Z'));
  });

  it('knows IANA zones and refuses anything else', () => {
    for (const zone of ['UTC', 'Europe/Berlin', 'Asia/Shanghai', 'America/Argentina/Buenos_Aires']) expect(isTimeZone(zone), zone).toBe(true);
    for (const zone of ['Mars/Olympus', '+08:00', '', 'Europe/Berlin; DROP', 'GMT+8 ']) expect(isTimeZone(zone), zone).toBe(false);
  });
});
