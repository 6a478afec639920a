import { describe, expect, it } from 'vitest';
import { sendWeeklyDigests, weekStartOf } from '../../src/webhooks/weeklyDigest.ts';
import { webhookSetup } from './webhookSetup.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('the weekly digest', () => {
  it('finds the Monday that starts a week, in UTC', () => {
    expect(new Date(weekStartOf(Date.parse('2026-06-17T10:00:00Z'), 'UTC')).toISOString()).toBe('2026-06-15T00:00:00.000Z');
    expect(new Date(weekStartOf(Date.parse('2026-06-15T00:00:00Z'), 'UTC')).toISOString()).toBe('2026-06-15T00:00:00.000Z');
    expect(new Date(weekStartOf(Date.parse('2026-06-14T23:59:59Z'), 'UTC')).toISOString()).toBe('2026-06-08T00:00:00.000Z');
    expect(new Date(weekStartOf(Date.parse('2028-02-29T12:00:00Z'), 'UTC')).toISOString()).toBe('2028-02-28T00:00:00.000Z');
  });

  it("finds the Monday in the site's zone: Shanghai's week starts on Sunday 16:00 UTC, Berlin's an hour later in winter than in summer", () => {
    expect(new Date(weekStartOf(Date.parse('2026-06-14T17:00:00Z'), 'Asia/Shanghai')).toISOString()).toBe('2026-06-14T16:00:00.000Z');
    expect(new Date(weekStartOf(Date.parse('2026-06-14T15:59:59Z'), 'Asia/Shanghai')).toISOString()).toBe('2026-06-07T16:00:00.000Z');
    expect(new Date(weekStartOf(Date.parse('2026-06-17T10:00:00Z'), 'Europe/Berlin')).toISOString()).toBe('2026-06-14T22:00:00.000Z');
    expect(new Date(weekStartOf(Date.parse('2026-11-04T10:00:00Z'), 'Europe/Berlin')).toISOString()).toBe('2026-11-01T23:00:00.000Z');
  });

  it('sends each site the week that ended, once, on Monday, with its scores against the week before and its flagged problems', async () => {
    const s = await webhookSetup();
    await s.createHook({ events: ['digest.weekly'] });
    const monday = weekStartOf(s.now(), 'UTC') + 7 * DAY;
    let n = 0;
    const plant = async (ratings: number[], at: number, path = '/checkout/pay') => {
      const responses = ratings.map((rating) => ({ type: 'page_rating', id: `digest_${String(n++).padStart(6, '0')}`, rating, path, createdAt: new Date(at).toISOString() }));
      const res = await s.admin(`/api/sites/${s.site.key}/import`, { method: 'POST', body: JSON.stringify({ responses }) });
      expect(res.status).toBe(201);
    };
    // The week before: all happy; the week: five 1s on the payment page, and three 5s.
    await plant([5, 5, 4, 5], monday - 10 * DAY, '/');
    s.advance(monday - DAY - s.now());
    await plant([1, 1, 1, 1, 1, 5, 5, 5], monday - 2 * DAY);

    expect(sendWeeklyDigests(s.db, s.now()), 'Sunday: not yet').toBe(0);
    s.advance(DAY + HOUR);
    expect(sendWeeklyDigests(s.db, s.now())).toBe(1);
    expect(sendWeeklyDigests(s.db, s.now()), 'once a week').toBe(0);
    s.advance(DAY);
    expect(sendWeeklyDigests(s.db, s.now()), 'Tuesday').toBe(0);
    await s.relay.runDue();

    expect(s.receiver.received).toHaveLength(1);
    const body = JSON.parse(s.receiver.received[0]!.body);
    expect(body.type).toBe('digest.weekly');
    expect(body.data).toMatchObject({
      from: new Date(monday - 7 * DAY).toISOString(),
      to: new Date(monday).toISOString(),
      current: { responses: 8, negativeRatings: 5 },
      previous: { responses: 4, negativeRatings: 0 },
      problems: [{ kind: 'page', key: '/checkout/pay', flag: 'new', impact: 5, previousImpact: 0 }],
    });
    expect(body.data.current.avgRating.value).toBeCloseTo(2.5);
    expect(body.data.change.avgRating).toHaveProperty('low');
    expect(s.receiver.received[0]!.verified).toBe(true);
  });
});
