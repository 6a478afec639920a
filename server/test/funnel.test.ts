import { afterEach, describe, expect, it, vi } from 'vitest';
import { funnelSchema, type Funnel } from '../../shared/schemas/funnel.ts';
import { abandonAnswer, CHECKOUT, journeyEvent, MOBILE_UA } from './journeyFixtures.ts';
import { testApp } from './testApp.ts';

const RANGE = 'from=2026-11-01T00:00:00Z&to=2026-11-08T00:00:00Z';

type Step = 'cart' | 'shipping' | 'payment' | 'review';
type Move = Step | 'completed' | `abandoned:${Step}`;

/**
 * A collector with the checkout journey and hand-made visits, each posted
 * through POST /v1/responses at a chosen time.
 */
async function shop() {
  const t = testApp();
  await t.admin(`/api/sites/${t.site.key}/journeys/checkout`, { method: 'PUT', body: JSON.stringify(CHECKOUT) });
  vi.useFakeTimers({ toFake: ['Date'] });

  const post = async (at: string, body: unknown, headers: Record<string, string> = {}) => {
    vi.setSystemTime(new Date(at));
    const res = await t.collect(body, headers);
    expect(res.status, JSON.stringify(body)).toBe(202);
  };
  const visit = async (visitId: string, day: string, moves: Move[], headers: Record<string, string> = {}) => {
    for (const [i, move] of moves.entries()) {
      const at = `${day}T10:${String(i).padStart(2, '0')}:00Z`;
      if (move === 'completed') await post(at, journeyEvent(t.site.key, visitId, 'completed'), headers);
      else if (move.startsWith('abandoned:')) await post(at, journeyEvent(t.site.key, visitId, 'abandoned', move.slice(10)), headers);
      else await post(at, journeyEvent(t.site.key, visitId, 'reached', move), headers);
    }
  };
  const answer = (day: string, step: Step, reason: string, overrides: Record<string, unknown> = {}, headers = {}) =>
    post(`${day}T12:00:00Z`, abandonAnswer(t.site.key, step, reason, overrides), headers);
  const funnel = async (query = RANGE, journey = 'checkout'): Promise<Funnel> => {
    const res = await t.admin(`/api/sites/${t.site.key}/journeys/${journey}/funnel?${query}`);
    expect(res.status).toBe(200);
    return funnelSchema.parse(await res.json());
  };
  return { ...t, visit, answer, funnel };
}

/** The seven visits most tests look at, all in the first week of November. */
async function week() {
  const s = await shop();
  await s.visit('visit_completes', '2026-11-02', ['cart', 'shipping', 'payment', 'completed']);
  await s.visit('visit_stops_quiet', '2026-11-02', ['cart', 'shipping']);
  await s.visit('visit_stops_beacon', '2026-11-03', ['cart', 'shipping', 'abandoned:shipping']);
  await s.visit('visit_cart_only', '2026-11-03', ['cart']);
  await s.visit('visit_goes_back', '2026-11-04', ['cart', 'shipping', 'payment', 'shipping']);
  await s.visit('visit_on_phone', '2026-11-05', ['cart', 'shipping'], { 'user-agent': MOBILE_UA });
  await s.visit('visit_express', '2026-11-05', ['cart', 'abandoned:cart', 'completed']);
  return s;
}

const counts = (funnel: Funnel) => funnel.steps.map(({ step, reached, abandoned, completed }) => ({ step, reached, abandoned, completed }));

describe('GET /api/sites/:siteKey/journeys/:journey/funnel', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('counts reached, abandoned and completed per step, in the journey order', async () => {
    const { funnel } = await week();
    const result = await funnel();
    expect(result).toMatchObject({ journey: 'checkout', name: 'Checkout', from: '2026-11-01T00:00:00.000Z', to: '2026-11-08T00:00:00.000Z' });
    expect(counts(result)).toEqual([
      { step: 'cart', reached: 7, abandoned: 1, completed: 2 },
      { step: 'shipping', reached: 5, abandoned: 3, completed: 1 },
      { step: 'payment', reached: 2, abandoned: 1, completed: 1 },
    ]);
    expect(result.steps.map((s) => s.name)).toEqual(['Cart', 'Shipping', 'Payment']);
    expect(result.steps.map((s) => s.dropOffRate)).toEqual([1 / 7, 3 / 5, 1 / 2]);
    expect(result.totals).toEqual({ visits: 7, completed: 2, abandoned: 5, answers: 0 });
  });

  it('does not count a visit that moved on to the next step as abandoning the earlier one', async () => {
    const { visit, funnel } = await shop();
    await visit('visit_moves_on', '2026-11-02', ['cart', 'abandoned:cart', 'shipping']);
    expect(counts(await funnel())).toEqual([
      { step: 'cart', reached: 1, abandoned: 0, completed: 0 },
      { step: 'shipping', reached: 1, abandoned: 1, completed: 0 },
      { step: 'payment', reached: 0, abandoned: 0, completed: 0 },
    ]);
  });

  it('never counts a visit that completed as abandoning, even after an abandoned beacon', async () => {
    const { visit, funnel } = await shop();
    await visit('visit_returns', '2026-11-02', ['cart', 'shipping', 'abandoned:shipping', 'payment', 'abandoned:payment', 'completed']);
    const result = await funnel();
    expect(result.steps.every((s) => s.abandoned === 0)).toBe(true);
    expect(result.totals).toMatchObject({ visits: 1, completed: 1, abandoned: 0 });
  });

  it('counts a visit that left without a beacon as abandoned at its furthest step', async () => {
    const { visit, funnel } = await shop();
    await visit('visit_closes_tab', '2026-11-02', ['cart', 'shipping', 'payment']);
    expect(counts(await funnel()).map((s) => s.abandoned)).toEqual([0, 0, 1]);
  });

  it('places a visit by its furthest step in the journey order, not by its last event', async () => {
    const { visit, funnel } = await shop();
    await visit('visit_back_to_cart', '2026-11-02', ['cart', 'shipping', 'payment', 'shipping', 'cart']);
    expect(counts(await funnel()).map((s) => s.abandoned)).toEqual([0, 0, 1]);
  });

  it('lists steps only seen in events after the declared ones', async () => {
    const { visit, funnel } = await shop();
    await visit('visit_reviews', '2026-11-02', ['cart', 'shipping', 'payment', 'review']);
    const result = await funnel();
    expect(counts(result).at(-1)).toEqual({ step: 'review', reached: 1, abandoned: 1, completed: 0 });
    expect(result.steps.at(-1)!.name).toBe('review');
    expect(counts(result).find((s) => s.step === 'payment')!.abandoned).toBe(0);
  });

  it('counts reasons per step with their category and share, latest examples first', async () => {
    const { answer, funnel } = await week();
    await answer('2026-11-02', 'shipping', 'unexpected_costs');
    await answer('2026-11-03', 'shipping', 'unexpected_costs', { comment: 'Shipping was €12' });
    await answer('2026-11-04', 'shipping', 'unexpected_costs', { comment: 'Taxes added at the end' });
    await answer('2026-11-04', 'shipping', 'other', { otherText: 'Wanted to compare prices' });
    await answer('2026-11-05', 'payment', 'payment_failed', { comment: 'Card declined' });
    const result = await funnel();
    expect(result.reasons).toEqual([
      {
        step: 'shipping',
        reason: 'unexpected_costs',
        label: 'Unexpected costs (shipping, taxes)',
        category: 'pricing',
        count: 3,
        share: 0.75,
        examples: ['Taxes added at the end', 'Shipping was €12'],
      },
      { step: 'shipping', reason: 'other', label: 'Other (own words)', category: 'other', count: 1, share: 0.25, examples: ['Wanted to compare prices'] },
      {
        step: 'payment',
        reason: 'payment_failed',
        label: 'Payment failed or timed out',
        category: 'payment',
        count: 1,
        share: 1,
        examples: ['Card declined'],
      },
    ]);
    expect(result.totals.answers).toBe(5);
    expect(result.reasonTrend).toEqual([
      { date: '2026-11-02', reason: 'unexpected_costs', count: 1 },
      { date: '2026-11-03', reason: 'unexpected_costs', count: 1 },
      { date: '2026-11-04', reason: 'other', count: 1 },
      { date: '2026-11-04', reason: 'unexpected_costs', count: 1 },
      { date: '2026-11-05', reason: 'payment_failed', count: 1 },
    ]);
    expect(result.reasonsByPage).toEqual([
      { path: '/checkout/shipping', reason: 'unexpected_costs', count: 3 },
      { path: '/checkout/payment', reason: 'payment_failed', count: 1 },
      { path: '/checkout/shipping', reason: 'other', count: 1 },
    ]);
  });

  it('keeps at most three examples per reason', async () => {
    const { answer, funnel } = await shop();
    for (const day of ['01', '02', '03', '04', '05']) {
      await answer(`2026-11-${day}`, 'payment', 'payment_failed', { comment: `Declined on the ${day}th` });
    }
    const [reason] = (await funnel()).reasons;
    expect(reason!.examples).toEqual(['Declined on the 05th', 'Declined on the 04th', 'Declined on the 03th']);
  });

  it('shows each example text once', async () => {
    const { answer, funnel } = await shop();
    await answer('2026-11-02', 'payment', 'payment_failed', { comment: 'Card declined' });
    await answer('2026-11-03', 'payment', 'payment_failed', { comment: '3-D Secure never opened' });
    await answer('2026-11-04', 'payment', 'payment_failed', { comment: 'Card declined' });
    const [reason] = (await funnel()).reasons;
    expect(reason!.examples).toEqual(['Card declined', '3-D Secure never opened']);
  });

  it("labels reasons with the journey's current wording", async () => {
    const { admin, site, answer, funnel } = await shop();
    await answer('2026-11-02', 'payment', 'payment_failed');
    const reasons = [{ code: 'payment_failed', label: 'Betaling mislukt', category: 'technical' }];
    await admin(`/api/sites/${site.key}/journeys/checkout`, { method: 'PUT', body: JSON.stringify({ ...CHECKOUT, reasons }) });
    expect((await funnel()).reasons[0]).toMatchObject({ label: 'Betaling mislukt', category: 'technical' });
  });

  it('compares with the previous period of equal length', async () => {
    const { visit, funnel, answer } = await week();
    // 2026-10-25 up to 2026-11-01 is the week before the range.
    await visit('visit_last_week_1', '2026-10-26', ['cart', 'shipping', 'completed']);
    await visit('visit_last_week_2', '2026-10-31', ['cart']);
    await answer('2026-10-31', 'cart', 'just_looking');
    // Before both periods: in neither.
    await visit('visit_long_ago', '2026-10-20', ['cart']);
    const result = await funnel();
    expect(result.previous).toEqual({ visits: 2, completed: 1, abandoned: 1, answers: 1 });
    expect(result.totals).toEqual({ visits: 7, completed: 2, abandoned: 5, answers: 0 });
  });

  it('filters by device', async () => {
    const { funnel, answer } = await week();
    await answer('2026-11-05', 'shipping', 'form_confusing', {}, { 'user-agent': MOBILE_UA });
    await answer('2026-11-05', 'shipping', 'unexpected_costs');
    const mobile = await funnel(`${RANGE}&device=mobile`);
    expect(counts(mobile)).toEqual([
      { step: 'cart', reached: 1, abandoned: 0, completed: 0 },
      { step: 'shipping', reached: 1, abandoned: 1, completed: 0 },
      { step: 'payment', reached: 0, abandoned: 0, completed: 0 },
    ]);
    expect(mobile.reasons.map((r) => [r.reason, r.count])).toEqual([['form_confusing', 1]]);
    expect(mobile.totals).toEqual({ visits: 1, completed: 0, abandoned: 1, answers: 1 });
    expect((await funnel(`${RANGE}&device=tablet`)).totals.visits).toBe(0);
  });

  it('counts only what happened in the date range', async () => {
    const { visit, funnel } = await week();
    await visit('visit_later', '2026-11-10', ['cart', 'shipping']);
    expect((await funnel()).totals.visits).toBe(7);
    const later = await funnel('from=2026-11-08T00:00:00Z&to=2026-11-15T00:00:00Z');
    expect(later.totals).toEqual({ visits: 1, completed: 0, abandoned: 1, answers: 0 });
    expect(later.previous.visits).toBe(7);
    const oneDay = await funnel('from=2026-11-02T00:00:00Z&to=2026-11-03T00:00:00Z');
    expect(counts(oneDay)[0]).toEqual({ step: 'cart', reached: 2, abandoned: 0, completed: 1 });
  });

  it('answers a journey declared only by markup from its events, ordering steps as visits go through them', async () => {
    const { visit, funnel, site, admin } = await shop();
    await admin(`/api/sites/${site.key}/journeys/checkout`, { method: 'DELETE' });
    // The first visit starts mid-journey; the others show the usual order.
    await visit('visit_markup', '2026-11-02', ['shipping', 'payment']);
    await visit('visit_markup_2', '2026-11-03', ['cart', 'shipping']);
    await visit('visit_markup_3', '2026-11-04', ['cart', 'shipping', 'payment', 'completed']);
    const result = await funnel();
    expect(result.name).toBe('checkout');
    expect(counts(result)).toEqual([
      { step: 'cart', reached: 2, abandoned: 0, completed: 1 },
      { step: 'shipping', reached: 3, abandoned: 1, completed: 1 },
      { step: 'payment', reached: 2, abandoned: 1, completed: 1 },
    ]);
  });

  it('answers 404 for a journey with neither a definition nor events', async () => {
    const { admin, site } = testApp();
    const res = await admin(`/api/sites/${site.key}/journeys/nothing/funnel?${RANGE}`);
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe('not_found');
  });

  it('answers zeros, not an error, for a declared journey nobody started', async () => {
    const { funnel } = await shop();
    const result = await funnel();
    expect(result.steps.map((s) => [s.step, s.reached, s.dropOffRate])).toEqual([
      ['cart', 0, null],
      ['shipping', 0, null],
      ['payment', 0, null],
    ]);
    expect(result.reasons).toEqual([]);
  });

  it('refuses a bad query with 400 naming the field', async () => {
    const { admin, site } = await shop();
    for (const [query, path] of [
      ['from=2026-11-08T00:00:00Z&to=2026-11-01T00:00:00Z', 'from'],
      ['from=yesterday', 'from'],
      ['device=fridge', 'device'],
    ]) {
      const res = await admin(`/api/sites/${site.key}/journeys/checkout/funnel?${query}`);
      expect(res.status, query).toBe(400);
      expect((await res.json()).error.issues.map((i: { path: string }) => i.path)).toContain(path);
    }
  });
});
