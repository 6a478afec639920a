import { describe, expect, it } from 'vitest';
import { announceFlaggedProblems } from '../../src/webhooks/spikeAlerts.ts';
import { webhookSetup } from './webhookSetup.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('spike alerts', () => {
  it('announces a problem that became new once, again when it doubles, and again a week later if still flagged', async () => {
    const s = await webhookSetup();
    await s.createHook({ events: ['problem.flagged'] });
    let n = 0;
    const plant = async (count: number, daysAgo: number) => {
      const responses = Array.from({ length: count }, () => ({
        type: 'page_rating',
        id: `spike_${String(n++).padStart(6, '0')}`,
        rating: 1,
        path: '/checkout/pay',
        comment: 'card refused',
        createdAt: new Date(s.now() - daysAgo * DAY).toISOString(),
      }));
      const res = await s.admin(`/api/sites/${s.site.key}/import`, { method: 'POST', body: JSON.stringify({ responses }) });
      expect(res.status).toBe(201);
    };
    const flagged = () => s.receiver.received.map((r) => JSON.parse(r.body)).filter((b) => b.type === 'problem.flagged');

    await plant(4, 1);
    expect(announceFlaggedProblems(s.db, s.now())).toEqual([]);

    await plant(2, 1);
    expect(announceFlaggedProblems(s.db, s.now()).map((p) => [p.key, p.flag, p.impact])).toEqual([['/checkout/pay', 'new', 6]]);
    await s.relay.runDue();
    expect(flagged()).toHaveLength(1);
    expect(flagged()[0].data).toMatchObject({ kind: 'page', key: '/checkout/pay', flag: 'new', impact: 6, previousImpact: 0, examples: ['card refused'] });
    expect(s.receiver.received.every((r) => r.verified)).toBe(true);

    s.advance(HOUR);
    await plant(5, 1);
    expect(announceFlaggedProblems(s.db, s.now()), 'not again within the week at 11 < 2 × 6').toEqual([]);
    await plant(1, 1);
    expect(announceFlaggedProblems(s.db, s.now()).map((p) => p.impact), 'doubled: 12 ≥ 2 × 6').toEqual([12]);
    expect(announceFlaggedProblems(s.db, s.now())).toEqual([]);

    s.advance(7 * DAY);
    await plant(6, 1);
    expect(announceFlaggedProblems(s.db, s.now()), 'a week on, 6 against the 12 before: not flagged').toEqual([]);
    await plant(20, 1);
    expect(announceFlaggedProblems(s.db, s.now()).map((p) => [p.flag, p.impact]), 'growing: 26 against 12').toEqual([['growing', 26]]);
    await s.relay.runDue();
    expect(flagged().map((b) => b.data.impact)).toEqual([6, 12, 26]);
  });
});
