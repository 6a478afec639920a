import { describe, expect, it } from 'vitest';
import { TEST_NOW } from './testInstants.ts';

describe('the suite\'s clock', () => {
  it('starts at the pinned instant, whatever the day the suite runs', () => {
    expect(Date.now() - TEST_NOW).toBeGreaterThanOrEqual(0);
    // Minutes at most: a test file runs well within that after the clock is pinned.
    expect(Date.now() - TEST_NOW).toBeLessThan(10 * 60_000);
    expect(Math.abs(new Date().getTime() - Date.now())).toBeLessThan(1000);
  });

  it('still moves forward, so durations measured with Date.now() are real', async () => {
    const before = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(Date.now() - before).toBeGreaterThanOrEqual(25);
  });

  it('behaves as Date otherwise: construction from a value, instanceof, and Date() as a function', () => {
    const date = new Date('2024-02-29T12:00:00Z');
    expect(date.toISOString()).toBe('2024-02-29T12:00:00.000Z');
    expect(date).toBeInstanceOf(Date);
    expect(new Date(2024, 1, 29).getDate()).toBe(29);
    expect(Date.UTC(2024, 1, 29)).toBe(Date.parse('2024-02-29T00:00:00Z'));
    expect(typeof Date()).toBe('string');
    expect(Date.parse(Date())).toBeGreaterThanOrEqual(TEST_NOW - 1000);
  });
});
