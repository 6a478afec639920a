import { describe, expect, it } from 'vitest';
import { summarySchema } from '../../shared/schemas/summary.ts';
import { AFTER_FIXTURES, testApp } from './testApp.ts';
import { TEST_NOW } from '../../tests/clock/testInstants.ts';

function imported(id: string, rating: number, path: string, createdAt: string, comment?: string) {
  return { type: 'page_rating', id, rating, path, createdAt, comment, channel: 'web', device: 'desktop' };
}

describe('import and summary', () => {
  async function seeded() {
    const t = testApp({ now: () => AFTER_FIXTURES });
    const res = await t.admin(`/api/sites/${t.site.key}/import`, {
      method: 'POST',
      body: JSON.stringify({
        responses: [
          imported('imp_0000001', 5, '/product/trail-jacket', '2026-11-01T10:00:00Z', 'Love it'),
          imported('imp_0000002', 4, '/product/trail-jacket', '2026-11-02T10:00:00Z'),
          imported('imp_0000003', 1, '/checkout/payment', '2026-11-02T11:00:00Z', 'Card declined twice'),
          imported('imp_0000004', 3, '/checkout/payment', '2026-11-03T09:00:00Z'),
          imported('imp_0000005', 2, '/cart', '2026-11-03T12:00:00Z', 'Shipping costs a surprise'),
          imported('imp_0000006', 5, '/cart', '2026-10-01T12:00:00Z', 'outside the range'),
        ],
      }),
    });
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ received: 6, inserted: 6 });
    return t;
  }

  it('computes totals, pages worst first and latest comments for the range', async () => {
    const { admin, site } = await seeded();
    const res = await admin(`/api/sites/${site.key}/summary?from=2026-11-01T00:00:00Z&to=2026-11-04T00:00:00Z`);
    expect(res.status).toBe(200);
    const summary = summarySchema.parse(await res.json());
    expect(summary.totals).toEqual({ responses: 5, comments: 3, avgRating: 3, csat: 0.4 });
    expect(summary.pages).toEqual([
      { path: '/checkout/payment', responses: 2, avgRating: 2, csat: 0 },
      { path: '/cart', responses: 1, avgRating: 2, csat: 0 },
      { path: '/product/trail-jacket', responses: 2, avgRating: 4.5, csat: 1 },
    ]);
    expect(summary.comments.map((c) => c.comment)).toEqual(['Shipping costs a surprise', 'Card declined twice', 'Love it']);
    expect(summary.comments[0]).toMatchObject({ path: '/cart', rating: 2, createdAt: '2026-11-03T12:00:00.000Z' });
    expect(summary.daily).toEqual([
      { date: '2026-11-01', responses: 1, avgRating: 5 },
      { date: '2026-11-02', responses: 2, avgRating: 2.5 },
      { date: '2026-11-03', responses: 2, avgRating: 2.5 },
    ]);
  });

  it('answers nulls, not zeros, when nothing was rated', async () => {
    const { admin, site } = testApp();
    const summary = summarySchema.parse(await (await admin(`/api/sites/${site.key}/summary`)).json());
    expect(summary.totals).toEqual({ responses: 0, comments: 0, avgRating: null, csat: null });
    expect(summary.daily).toEqual([]);
  });

  it('imports the same ids only once', async () => {
    const { admin, site, count } = await seeded();
    const res = await admin(`/api/sites/${site.key}/import`, {
      method: 'POST',
      body: JSON.stringify({ responses: [imported('imp_0000001', 5, '/', '2026-11-01T10:00:00Z')] }),
    });
    expect(await res.json()).toEqual({ received: 1, inserted: 0 });
    expect(count()).toBe(6);
  });

  it('rejects the whole batch when one item is invalid, naming it', async () => {
    const { admin, site, count } = testApp({ now: () => AFTER_FIXTURES });
    const res = await admin(`/api/sites/${site.key}/import`, {
      method: 'POST',
      body: JSON.stringify({
        responses: [imported('imp_good_001', 5, '/', '2026-11-01T10:00:00Z'), imported('imp_bad_0001', 9, '/', '2026-11-01T10:00:00Z')],
      }),
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error.issues[0].path).toBe('responses.1.rating');
    expect(count()).toBe(0);
  });

  it('refuses a range whose from is after its to', async () => {
    const { admin, site } = testApp();
    const res = await admin(`/api/sites/${site.key}/summary?from=2026-11-05T00:00:00Z&to=2026-11-01T00:00:00Z`);
    expect(res.status).toBe(400);
    expect((await res.json()).error.issues[0].path).toBe('from');
  });

  it('answers 404 for the summary of an unknown site', async () => {
    const { admin } = testApp();
    const res = await admin('/api/sites/site_nope/summary');
    expect(res.status).toBe(404);
  });
});

describe('summary with abandonment answers', () => {
  it('scores page ratings only, and lists answers among comments with their reason', async () => {
    const { admin, collect, site } = testApp();
    await admin(`/api/sites/${site.key}/import`, {
      method: 'POST',
      body: JSON.stringify({ responses: [imported('imp_rate_0001', 4, '/checkout/payment', new Date(TEST_NOW).toISOString(), 'Fine')] }),
    });
    const answer = {
      type: 'abandon_reason',
      id: 'ans_00000001',
      site: site.key,
      journey: 'checkout',
      step: 'payment',
      reason: 'payment_failed',
      comment: 'Declined twice',
      trigger: 'exit_intent',
      path: '/checkout/payment',
    };
    expect((await collect(answer)).status).toBe(202);
    const summary = summarySchema.parse(await (await admin(`/api/sites/${site.key}/summary`)).json());
    expect(summary.totals).toMatchObject({ responses: 1, avgRating: 4 });
    expect(summary.pages).toEqual([{ path: '/checkout/payment', responses: 1, avgRating: 4, csat: 1 }]);
    const listed = summary.comments.find((c) => c.id === 'ans_00000001');
    expect(listed).toMatchObject({
      type: 'abandon_reason',
      comment: 'Declined twice',
      abandonment: { journey: 'checkout', step: 'payment', reason: 'payment_failed', reasonLabel: 'Payment failed or timed out' },
    });
    expect(summary.comments.find((c) => c.id === 'imp_rate_0001')?.abandonment).toBeNull();
  });
});
