import { describe, expect, it } from 'vitest';
import { proposedTimeZone, timeZoneChoices } from './timeZoneChoices.ts';

describe('the time zone field', () => {
  it('offers the viewer\'s zone to a site still on UTC, and keeps a zone already chosen', () => {
    expect(proposedTimeZone('UTC', 'Asia/Shanghai')).toBe('Asia/Shanghai');
    expect(proposedTimeZone('Europe/Berlin', 'Asia/Shanghai')).toBe('Europe/Berlin');
    expect(proposedTimeZone('UTC', '')).toBe('UTC');
  });

  it('lists UTC once, first, then every zone the runtime knows', () => {
    const zones = timeZoneChoices();
    expect(zones[0]).toBe('UTC');
    expect(zones.filter((zone) => zone === 'UTC')).toHaveLength(1);
    expect(zones).toContain('Asia/Shanghai');
    expect(zones).toContain('America/New_York');
  });
});
