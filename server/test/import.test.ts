import { describe, expect, it } from 'vitest';
import { funnelSchema } from '../../shared/schemas/funnel.ts';
import { CHECKOUT, newId } from './journeyFixtures.ts';
import { NPS_SURVEY } from './surveyFixtures.ts';
import { AFTER_FIXTURES, testApp } from './testApp.ts';
import { TEST_NOW } from '../../tests/clock/testInstants.ts';

/** Past checkout activity as other channels or a seed would import it: no `site`, a `createdAt`. */
const at = (day: string, minute: number) => `${day}T09:${String(minute).padStart(2, '0')}:00Z`;
const STEP_PATHS = { cart: '/cart', shipping: '/checkout/shipping', payment: '/checkout/payment' } as const;
type Step = keyof typeof STEP_PATHS;

function pastEvent(visitId: string, day: string, minute: number, event: 'reached' | 'abandoned' | 'completed', step?: Step, extra = {}) {
  return {
    type: 'journey_event',
    id: newId('imp_evt'),
    visitId,
    journey: 'checkout',
    ...(step ? { step } : {}),
    event,
    path: step ? STEP_PATHS[step] : '/checkout/thank-you',
    createdAt: at(day, minute),
    ...extra,
  };
}

function pastAnswer(day: string, step: Step, reason: string, extra: Record<string, unknown> = {}) {
  return {
    type: 'abandon_reason',
    id: newId('imp_ans'),
    visitId: newId('visit'),
    journey: 'checkout',
    step,
    reason,
    trigger: 'exit_intent',
    path: STEP_PATHS[step],
    createdAt: at(day, 30),
    ...extra,
  };
}

function pastRating(day: string, extra: Record<string, unknown> = {}) {
  return { type: 'page_rating', id: newId('imp_rat'), rating: 2, path: '/checkout/payment', createdAt: at(day, 40), ...extra };
}

/** A week in early November 2026: three checkout visits, two answers, one rating. */
function mixedBatch() {
  return [
    pastEvent('visit_done', '2026-11-02', 0, 'reached', 'cart', { device: 'desktop' }),
    pastEvent('visit_done', '2026-11-02', 1, 'reached', 'shipping', { device: 'desktop' }),
    pastEvent('visit_done', '2026-11-02', 2, 'reached', 'payment', { device: 'desktop' }),
    pastEvent('visit_done', '2026-11-02', 3, 'completed', undefined, { device: 'desktop' }),
    pastEvent('visit_ship', '2026-11-03', 0, 'reached', 'cart', { device: 'mobile' }),
    pastEvent('visit_ship', '2026-11-03', 1, 'reached', 'shipping', { device: 'mobile' }),
    pastEvent('visit_ship', '2026-11-03', 5, 'abandoned', 'shipping', { device: 'mobile', msOnStep: 240_000, fieldsTouched: 3 }),
    pastEvent('visit_cart', '2026-11-04', 0, 'reached', 'cart'),
    pastAnswer('2026-11-03', 'shipping', 'unexpected_costs', {
      comment: 'Shipping was $12.95 — mail me at ann@example.com',
      device: 'mobile',
      lang: 'en-US',
    }),
    pastAnswer('2026-11-04', 'cart', 'other', { otherText: 'call me on +44 7700 900123', channel: 'phone' }),
    pastRating('2026-11-05', { comment: 'Card declined twice', channel: 'email' }),
  ];
}

const RANGE = 'from=2026-11-01T00:00:00Z&to=2026-11-08T00:00:00Z';

async function shopWithCheckout() {
  const t = testApp({ now: () => AFTER_FIXTURES });
  const put = await t.admin(`/api/sites/${t.site.key}/journeys/checkout`, { method: 'PUT', body: JSON.stringify(CHECKOUT) });
  expect(put.status).toBe(201);
  const importItems = (responses: unknown[]) =>
    t.admin(`/api/sites/${t.site.key}/import`, { method: 'POST', body: JSON.stringify({ responses }) });
  const events = () => t.db.prepare('SELECT count(*) FROM journey_events').pluck().get() as number;
  return { ...t, importItems, events };
}

describe('POST /api/sites/:siteKey/import with journey events and answers', () => {
  it('stores ratings, step events and answers of one batch in their tables, at their past times', async () => {
    const { importItems, db, count, events } = await shopWithCheckout();
    const batch = mixedBatch();
    const res = await importItems(batch);
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ received: 11, inserted: 11 });
    expect(events()).toBe(8);
    expect(count()).toBe(3);

    const abandoned = db.prepare("SELECT * FROM journey_events WHERE event = 'abandoned'").get() as Record<string, unknown>;
    expect(abandoned).toMatchObject({
      visit_id: 'visit_ship',
      step: 'shipping',
      device: 'mobile',
      ms_on_step: 240_000,
      fields_touched: 3,
      created_at: Date.parse('2026-11-03T09:05:00Z'),
    });
    const answers = db
      .prepare("SELECT step, reason, reason_category, comment, other_text, channel, device, created_at FROM responses WHERE type = 'abandon_reason' ORDER BY created_at")
      .all();
    expect(answers).toEqual([
      {
        step: 'shipping',
        reason: 'unexpected_costs',
        reason_category: 'pricing',
        comment: 'Shipping was $12.95 — mail me at [email]',
        other_text: null,
        channel: 'web',
        device: 'mobile',
        created_at: Date.parse('2026-11-03T09:30:00Z'),
      },
      {
        step: 'cart',
        reason: 'other',
        reason_category: 'other',
        comment: null,
        other_text: 'call me on [phone]',
        channel: 'phone',
        device: null,
        created_at: Date.parse('2026-11-04T09:30:00Z'),
      },
    ]);
    expect(db.prepare("SELECT channel FROM responses WHERE type = 'page_rating'").pluck().get()).toBe('email');
  });

  it('adds nothing when the same batch is sent again', async () => {
    const { importItems, count, events } = await shopWithCheckout();
    const batch = mixedBatch();
    expect((await importItems(batch)).status).toBe(201);
    const again = await importItems(batch);
    expect(again.status).toBe(201);
    expect(await again.json()).toEqual({ received: 11, inserted: 0 });
    expect(events()).toBe(8);
    expect(count()).toBe(3);
  });

  it('resolves reason categories from the journey, and offers the default reasons for undeclared journeys', async () => {
    const { importItems, admin, site, db } = await shopWithCheckout();
    const own = { ...CHECKOUT, reasons: [{ code: 'no_klarna', label: 'No Klarna', category: 'payment' }] };
    expect((await admin(`/api/sites/${site.key}/journeys/checkout`, { method: 'PUT', body: JSON.stringify(own) })).status).toBe(200);
    const res = await importItems([
      pastAnswer('2026-11-02', 'payment', 'no_klarna'),
      pastAnswer('2026-11-02', 'basket' as Step, 'just_looking', { journey: 'quick-buy', path: '/basket' }),
    ]);
    expect(res.status, await res.clone().text()).toBe(201);
    expect(db.prepare("SELECT journey, reason_category FROM responses ORDER BY journey").all()).toEqual([
      { journey: 'checkout', reason_category: 'payment' },
      { journey: 'quick-buy', reason_category: 'intent' },
    ]);
  });

  const refused: [string, (batch: Record<string, unknown>[]) => void, string][] = [
    ['a reason the journey does not offer', (b) => (b[2] = pastAnswer('2026-11-02', 'cart', 'too_pricey')), 'responses.2.reason'],
    ['a reason that is not a code', (b) => (b[2] = pastAnswer('2026-11-02', 'cart', 'Too pricey!')), 'responses.2.reason'],
    ['an abandoned event without its step', (b) => (b[2] = pastEvent('visit_nostep', '2026-11-02', 0, 'abandoned')), 'responses.2.step'],
    ['an event that is not one', (b) => (b[2] = { ...b[2], event: 'left' }), 'responses.2.event'],
    ['an answer without a time', (b) => delete b[8]!.createdAt, 'responses.8.createdAt'],
    ['an answer with an unknown trigger', (b) => (b[9]!.trigger = 'telepathy'), 'responses.9.trigger'],
    ['an unknown type', (b) => (b[2] = { ...b[2], type: 'page_view' }), 'responses.2.type'],
  ];
  for (const [what, spoil, path] of refused) {
    it(`refuses a batch with ${what} with 400 naming ${path}, and stores none of it`, async () => {
      const { importItems, count, events } = await shopWithCheckout();
      const batch = mixedBatch() as Record<string, unknown>[];
      spoil(batch);
      const res = await importItems(batch);
      expect(res.status).toBe(400);
      const body = await res.json();
      expect(body.error.code).toBe('invalid_payload');
      expect(body.error.issues.map((i: { path: string }) => i.path)).toContain(path);
      expect(events()).toBe(0);
      expect(count()).toBe(0);
    });
  }

  it('shows imported events in the funnel on their past dates, not on the day they were imported', async () => {
    const { importItems, admin, site } = await shopWithCheckout();
    expect((await importItems(mixedBatch())).status).toBe(201);
    const funnel = async (query: string) => {
      const res = await admin(`/api/sites/${site.key}/journeys/checkout/funnel?${query}`);
      expect(res.status).toBe(200);
      return funnelSchema.parse(await res.json());
    };

    const week = await funnel(RANGE);
    expect(week.steps.map(({ step, reached, abandoned, completed }) => ({ step, reached, abandoned, completed }))).toEqual([
      { step: 'cart', reached: 3, abandoned: 1, completed: 1 },
      { step: 'shipping', reached: 2, abandoned: 1, completed: 1 },
      { step: 'payment', reached: 1, abandoned: 0, completed: 1 },
    ]);
    expect(week.totals).toEqual({ visits: 3, completed: 1, abandoned: 2, answers: 2 });
    expect(week.reasons.map(({ step, reason, category, count }) => ({ step, reason, category, count }))).toEqual([
      { step: 'cart', reason: 'other', category: 'other', count: 1 },
      { step: 'shipping', reason: 'unexpected_costs', category: 'pricing', count: 1 },
    ]);
    expect(week.reasonTrend).toEqual([
      { date: '2026-11-03', reason: 'unexpected_costs', count: 1 },
      { date: '2026-11-04', reason: 'other', count: 1 },
    ]);

    const phones = await funnel(`${RANGE}&device=mobile`);
    expect(phones.totals.visits).toBe(1);

    const dayAfter = await funnel('from=2026-11-04T00:00:00Z&to=2026-11-08T00:00:00Z');
    expect(dayAfter.totals).toMatchObject({ visits: 1, completed: 0, answers: 1 });
    const aroundTheImport = await funnel(
      `from=${new Date(TEST_NOW - 3_600_000).toISOString()}&to=${new Date(TEST_NOW + 3_600_000).toISOString()}`,
    );
    expect(aroundTheImport.totals).toEqual({ visits: 0, completed: 0, abandoned: 0, answers: 0 });
  });
});

describe('POST /api/sites/:siteKey/import with survey answers', () => {
  const nps = (id: string, value: number | string, survey = 'quarterly-nps') => ({
    type: 'survey_answer',
    id,
    visitId: 'visit_imported_nps',
    survey,
    question: 'recommend',
    value,
    path: '/checkout/thank-you',
    createdAt: '2026-11-10T10:00:00Z',
  });

  it('stores answers checked against the survey, at their past times, once', async () => {
    const t = testApp({ now: () => AFTER_FIXTURES });
    const put = await t.admin(`/api/sites/${t.site.key}/surveys/${NPS_SURVEY.key}`, { method: 'PUT', body: JSON.stringify(NPS_SURVEY) });
    expect(put.status).toBeLessThan(300);
    const send = (responses: unknown[]) => t.admin(`/api/sites/${t.site.key}/import`, { method: 'POST', body: JSON.stringify({ responses }) });
    expect(await (await send([nps('ans_imported_1', 9)])).json()).toEqual({ received: 1, inserted: 1 });
    expect(await (await send([nps('ans_imported_1', 9)])).json()).toEqual({ received: 1, inserted: 0 });
    expect(t.db.prepare('SELECT question_type, score, visit_id, created_at FROM survey_answers').all()).toEqual([
      { question_type: 'nps', score: 9, visit_id: 'visit_imported_nps', created_at: Date.parse('2026-11-10T10:00:00Z') },
    ]);

    // Off the scale, or a survey the site does not have: a 400 naming the item, and nothing of the batch stored.
    for (const [item, path] of [
      [nps('ans_imported_2', 11), 'responses.1.value'],
      [nps('ans_imported_3', 5, 'no-such-survey'), 'responses.1.survey'],
    ] as const) {
      const res = await send([nps('ans_imported_4', 3), item]);
      expect(res.status).toBe(400);
      expect(JSON.stringify(await res.json())).toContain(path);
    }
    expect(t.db.prepare('SELECT count(*) FROM survey_answers').pluck().get()).toBe(1);
  });
});
