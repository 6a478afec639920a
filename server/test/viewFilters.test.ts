import { describe, expect, it } from 'vitest';
import type { ImportRequest } from '../../shared/schemas/import.ts';
import type { Device } from '../../shared/schemas/response.ts';
import { filterOptionsSchema } from '../../shared/schemas/filterOptions.ts';
import { segmentsSchema } from '../../shared/schemas/segments.ts';
import { setCommentTag } from '../src/db/queries/comments/setCommentTag.ts';
import { SHOP_MAP, THIS_WEEK } from './insightFixtures.ts';
import { CHECKOUT, newId } from './journeyFixtures.ts';
import { NPS_SURVEY, storeAnswer, storeEvent } from './surveyFixtures.ts';
import { AFTER_FIXTURES, testApp } from './testApp.ts';

/**
 * One visit: a page rating with a comment, a checkout visit that stopped at
 * the cart, a "What stopped you?" answer and an NPS survey shown and answered, all with the same
 * device, page, language, visitor and attributes (journey events and survey
 * answers are on the web whatever the visit's channel).
 */
interface Visit {
  device: Device;
  path: string;
  channel: 'web' | 'email';
  lang: string;
  returning: boolean | undefined;
  attributes: Record<string, string> | undefined;
  comment: string;
  tagged: boolean;
}

const BASE: Visit = {
  device: 'desktop',
  path: '/cart',
  channel: 'web',
  lang: 'en',
  returning: false,
  attributes: { plan: 'silver' },
  comment: 'basket',
  tagged: false,
};

/**
 * Each filter's planted visits differ from the base visits by that one
 * property, and each group has its own size, so a count says which visits a
 * view kept. `query` is the filter that should keep exactly that group.
 */
const GROUPS = [
  { filter: 'device', query: 'device=mobile', size: 2, differs: { device: 'mobile' } },
  { filter: 'path', query: `path=${encodeURIComponent('/checkout/payment')}`, size: 3, differs: { path: '/checkout/payment' } },
  // The account touchpoint's two pages: /account/orders and /account/returns.
  { filter: 'touchpoint', query: 'touchpoint=account', size: 4, differs: { path: '/account/orders' } },
  { filter: 'channel', query: 'channel=email', size: 5, differs: { channel: 'email' } },
  { filter: 'lang', query: 'lang=zh', size: 6, differs: { lang: 'zh-CN' } },
  { filter: 'visitor', query: 'visitor=returning', size: 7, differs: { returning: true } },
  { filter: 'attr', query: `attr=${encodeURIComponent('plan:gold')}`, size: 8, differs: { attributes: { plan: 'gold' } } },
  { filter: 'theme', query: 'theme=parcel', size: 9, differs: { comment: 'parcel' } },
  { filter: 'tag', query: 'tag=assurance', size: 10, differs: { tagged: true } },
] as const satisfies readonly { filter: string; query: string; size: number; differs: Partial<Visit> }[];

const BASE_VISITS = 5;
const TOTAL = BASE_VISITS + GROUPS.reduce((sum, g) => sum + g.size, 0);
const WEEK_START = Date.parse('2026-11-08T00:00:00Z');

/** A shop with the base visits and every filter's planted group, all this week. */
async function plantedVisits() {
  const t = testApp({ now: () => AFTER_FIXTURES });
  const put = (path: string, body: unknown, method = 'PUT') => t.admin(path, { method, body: JSON.stringify(body) });
  expect((await put(`/api/sites/${t.site.key}/touchpoints`, SHOP_MAP)).status).toBe(200);
  expect((await put(`/api/sites/${t.site.key}/journeys/checkout`, CHECKOUT)).status).toBe(201);
  expect((await put(`/api/sites/${t.site.key}/surveys/${NPS_SURVEY.key}`, NPS_SURVEY)).status).toBe(201);

  const visits: Visit[] = Array.from({ length: BASE_VISITS }, () => BASE);
  for (const group of GROUPS) {
    for (let i = 0; i < group.size; i++) {
      const visit: Visit = { ...BASE, ...group.differs };
      // The touchpoint's group spreads over both of its pages.
      if (group.filter === 'touchpoint' && i % 2 === 1) visit.path = '/account/returns';
      visits.push(visit);
    }
  }

  const items: ImportRequest['responses'] = [];
  const tagged: string[] = [];
  visits.forEach((visit, i) => {
    const visitId = newId('visit');
    const createdAt = (offset: number) => new Date(WEEK_START + i * 3_600_000 + offset).toISOString();
    const who = { lang: visit.lang, returning: visit.returning, attributes: visit.attributes, device: visit.device };
    const ratingId = newId('resp');
    if (visit.tagged) tagged.push(ratingId);
    items.push(
      { type: 'page_rating', id: ratingId, visitId, rating: 1, comment: visit.comment, path: visit.path, channel: visit.channel, createdAt: createdAt(0), ...who },
      { type: 'journey_event', id: newId(), visitId, journey: 'checkout', step: 'cart', event: 'reached', path: visit.path, createdAt: createdAt(60_000), ...who },
      {
        type: 'abandon_reason',
        id: newId('ans'),
        visitId,
        journey: 'checkout',
        step: 'cart',
        reason: 'unexpected_costs',
        trigger: 'exit_intent',
        path: visit.path,
        channel: visit.channel,
        createdAt: createdAt(120_000),
        ...who,
      },
    );
    // Survey events record only page and device; the other filters reach them through the visit's answers.
    storeEvent(t.db, {
      siteId: t.site.id,
      visitId,
      survey: NPS_SURVEY.key,
      event: 'shown',
      path: visit.path,
      device: visit.device,
      createdAt: WEEK_START + i * 3_600_000 + 170_000,
    });
    storeAnswer(t.db, {
      siteId: t.site.id,
      visitId,
      survey: NPS_SURVEY.key,
      question: 'recommend',
      questionType: 'nps',
      score: 9,
      path: visit.path,
      lang: visit.lang,
      device: visit.device,
      returning: visit.returning,
      attributes: visit.attributes,
      createdAt: WEEK_START + i * 3_600_000 + 180_000,
    });
  });
  const imported = await put(`/api/sites/${t.site.key}/import`, { responses: items }, 'POST');
  expect(imported.status).toBe(201);
  for (const id of tagged) expect(setCommentTag(t.db, t.site.id, id, 'assurance', true)).toEqual(['assurance']);
  return t;
}

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/**
 * Each view with the figure that counts the visits it kept. `webOnly`: journey
 * events and survey answers are all on the web, so a filter on another channel
 * leaves none.
 */
const VIEWS: { view: string; path: string; count: (body: Json) => number; webOnly?: boolean }[] = [
  { view: 'summary', path: 'summary', count: (b) => b.totals.responses },
  {
    view: 'journey map',
    path: 'journey-map',
    count: (b) => sum(b.stages.map((s: Json) => s.current.responses)) + b.unmapped.current.responses,
  },
  { view: 'fix first', path: 'fix-first?kind=page&limit=200', count: (b) => sum(b.problems.map((p: Json) => p.negativeRatings)) },
  { view: 'journey funnel', path: 'journeys/checkout/funnel', count: (b) => b.totals.visits, webOnly: true },
  { view: 'funnel reasons', path: 'journeys/checkout/funnel', count: (b) => sum(b.reasons.map((r: Json) => r.count)) },
  { view: 'segments', path: 'segments?by=device', count: (b) => b.all.n },
  { view: 'themes', path: 'themes', count: (b) => b.comments },
  { view: 'comments', path: 'comments?limit=200', count: (b) => b.comments.length },
  { view: 'survey results', path: `surveys/${NPS_SURVEY.key}/results`, count: (b) => b.totals.answered, webOnly: true },
  { view: 'survey results (shown)', path: `surveys/${NPS_SURVEY.key}/results`, count: (b) => b.totals.shown, webOnly: true },
  { view: 'survey list', path: 'surveys', count: (b) => b.figures[NPS_SURVEY.key].answered, webOnly: true },
];

const withQuery = (path: string, query: string) => `${path}${path.includes('?') ? '&' : '?'}${query}`;

describe('every view takes every filter', async () => {
  const t = await plantedVisits();
  const get = async (path: string) => {
    const res = await t.admin(`/api/sites/${t.site.key}/${withQuery(path, THIS_WEEK)}`);
    expect(res.status, path).toBe(200);
    return (await res.json()) as Json;
  };

  it.each(VIEWS)('$view counts every planted visit without a filter', async ({ path, count }) => {
    expect(count(await get(path))).toBe(TOTAL);
  });

  const cases = VIEWS.flatMap((view) => GROUPS.map((group) => ({ ...view, filter: group.filter, query: group.query, size: group.size })));
  it.each(cases)('$view keeps only the $filter group with ?$query', async ({ path, count, query, filter, size, webOnly }) => {
    const expected = webOnly && filter === 'channel' ? 0 : size;
    expect(count(await get(withQuery(path, query)))).toBe(expected);
  });

  it('combines filters: a language and a device no planted visit has together keeps nothing', async () => {
    for (const view of VIEWS) expect(view.count(await get(withQuery(view.path, 'lang=zh&device=mobile'))), view.view).toBe(0);
  });
});

describe('bad filter values', () => {
  const BAD = ['attr=nocolon', 'visitor=old', 'device=phone', 'lang=not_a_tag', 'tag=Not%20A%20Tag'];
  const PATHS = [
    'summary',
    'journey-map',
    'fix-first',
    'journeys/checkout/funnel',
    'segments?by=device',
    'themes',
    'comments',
    `surveys/${NPS_SURVEY.key}/results`,
  ];
  const cases = PATHS.flatMap((path) => BAD.map((bad) => ({ path, bad })));

  it.each(cases)('$path?$bad answers 400 with the error shape', async ({ path, bad }) => {
    const t = testApp({ now: () => AFTER_FIXTURES });
    await t.admin(`/api/sites/${t.site.key}/journeys/checkout`, { method: 'PUT', body: JSON.stringify(CHECKOUT) });
    await t.admin(`/api/sites/${t.site.key}/surveys/${NPS_SURVEY.key}`, { method: 'PUT', body: JSON.stringify(NPS_SURVEY) });
    const res = await t.admin(`/api/sites/${t.site.key}/${withQuery(path, bad)}`);
    expect(res.status).toBe(400);
    const body = (await res.json()) as Json;
    expect(body.error.code).toBe('invalid_payload');
    expect(typeof body.error.message).toBe('string');
  });

  it.each(['attr:', 'attr', 'attr:a:b', 'page'])('segments?by=%s answers 400', async (by) => {
    const t = testApp({ now: () => AFTER_FIXTURES });
    const res = await t.admin(`/api/sites/${t.site.key}/segments?by=${encodeURIComponent(by)}`);
    expect(res.status).toBe(400);
    expect(((await res.json()) as Json).error.code).toBe('invalid_payload');
  });

  it('an unknown touchpoint answers 404 with the error shape', async () => {
    const t = testApp({ now: () => AFTER_FIXTURES });
    const res = await t.admin(`/api/sites/${t.site.key}/summary?touchpoint=nowhere`);
    expect(res.status).toBe(404);
    expect(((await res.json()) as Json).error.code).toBe('not_found');
  });
});

describe('segments split by visitor, touchpoint and attribute', async () => {
  const t = await plantedVisits();
  // Two ratings on a page no touchpoint claims.
  const about = Array.from({ length: 2 }, (_, i) => ({
    type: 'page_rating' as const,
    id: newId('resp'),
    rating: 5,
    path: '/about',
    createdAt: new Date(WEEK_START + i * 60_000).toISOString(),
  }));
  expect((await t.admin(`/api/sites/${t.site.key}/import`, { method: 'POST', body: JSON.stringify({ responses: about }) })).status).toBe(201);

  const split = async (by: string, query = '') => {
    const res = await t.admin(`/api/sites/${t.site.key}/segments?by=${encodeURIComponent(by)}&${THIS_WEEK}${query}`);
    expect(res.status).toBe(200);
    const body = segmentsSchema.parse(await res.json());
    expect(body.all.n).toBe(sum(body.segments.map((s) => s.n)));
    return Object.fromEntries(body.segments.map((s) => [s.key, s.n]));
  };
  const size = (filter: string) => GROUPS.find((g) => g.filter === filter)!.size;

  it('by visitor: new, returning, and unknown for visitors who sent no signal', async () => {
    expect(await split('visitor')).toEqual({ returning: size('visitor'), new: TOTAL - size('visitor'), unknown: 2 });
  });

  it('by touchpoint: the touchpoint of each page as on the journey map, unmapped for pages on none', async () => {
    expect(await split('touchpoint')).toEqual({
      cart: TOTAL - size('path') - size('touchpoint'),
      payment: size('path'),
      account: size('touchpoint'),
      unmapped: 2,
    });
  });

  it("by attr:<key>: the attribute's values, unknown when absent", async () => {
    expect(await split('attr:plan')).toEqual({ silver: TOTAL - size('attr'), gold: size('attr'), unknown: 2 });
    expect(await split('attr:tier')).toEqual({ unknown: TOTAL + 2 });
  });

  it('a split takes the filters too', async () => {
    expect(await split('attr:plan', '&visitor=returning')).toEqual({ silver: size('visitor') });
    expect(await split('visitor', '&attr=plan%3Agold')).toEqual({ new: size('attr') });
  });
});

describe('GET /api/sites/:siteKey/filter-options', async () => {
  const t = await plantedVisits();
  // A second attribute, less often given than the plan.
  const regions = [{ region: 'eu' }, { region: 'eu' }, { region: 'eu' }, { region: 'us', plan: 'gold' }].map((attributes, i) => ({
    type: 'page_rating' as const,
    id: newId('resp'),
    rating: 4,
    path: '/about',
    attributes,
    createdAt: new Date(WEEK_START + i * 60_000).toISOString(),
  }));
  expect((await t.admin(`/api/sites/${t.site.key}/import`, { method: 'POST', body: JSON.stringify({ responses: regions }) })).status).toBe(201);

  it('lists the pages, languages, channels and attribute values of the period, most answered first', async () => {
    const res = await t.admin(`/api/sites/${t.site.key}/filter-options?${THIS_WEEK}`);
    expect(res.status).toBe(200);
    const options = filterOptionsSchema.parse(await res.json());
    expect(options.site).toBe(t.site.key);
    // Page ratings and "What stopped you?" answers: /checkout/payment has 6, the next three 4 each (then by name).
    expect(options.paths).toEqual(['/cart', '/checkout/payment', '/about', '/account/orders', '/account/returns']);
    expect(options.langs).toEqual(['en', 'zh-CN']);
    expect(options.channels).toEqual(['web', 'email']);
    expect(options.attributes).toEqual([
      { key: 'plan', values: ['silver', 'gold'] },
      { key: 'region', values: ['eu', 'us'] },
    ]);
  });

  it('is empty for a period without responses, and 400 for a bad range', async () => {
    const empty = await t.admin(`/api/sites/${t.site.key}/filter-options?from=2020-01-01T00:00:00Z&to=2020-02-01T00:00:00Z`);
    expect(filterOptionsSchema.parse(await empty.json())).toEqual({ site: t.site.key, paths: [], langs: [], channels: [], attributes: [] });
    const bad = await t.admin(`/api/sites/${t.site.key}/filter-options?from=2026-11-15T00:00:00Z&to=2026-11-08T00:00:00Z`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as Json).error.code).toBe('invalid_payload');
  });
});
