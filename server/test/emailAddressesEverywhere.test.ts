import { describe, expect, it } from 'vitest';
import { foldText } from '../../shared/privacy/foldedText.ts';
import { newId } from './journeyFixtures.ts';
import { NPS_SURVEY } from './surveyFixtures.ts';
import { everythingStored } from './everythingStored.ts';
import { testApp } from './testApp.ts';

// Every string a shopper's browser sends, on every ingestion route, with an
// e-mail address as typed and in full-width form (some CJK input methods):
// nothing of it may reach the database, and the answer itself must.

const ADDRESSES = { plain: 'jane.doe@example.com', 'full-width': 'ｊａｎｅ．ｄｏｅ＠ｅｘａｍｐｌｅ．ｃｏｍ' };

type Item = Record<string, unknown>;
type Kind = 'page_rating' | 'journey_event' | 'abandon_reason' | 'survey_answer' | 'survey_event';

const BASE: Record<Kind, () => Item> = {
  page_rating: () => ({ type: 'page_rating', id: newId('rat'), rating: 2, path: '/cart', lang: 'en', attributes: { plan: 'gold' } }),
  journey_event: () => ({ type: 'journey_event', id: newId(), visitId: newId('visit'), journey: 'checkout', step: 'cart', event: 'reached', path: '/cart', lang: 'en', attributes: { plan: 'gold' } }),
  abandon_reason: () => ({ type: 'abandon_reason', id: newId('ans'), visitId: newId('visit'), journey: 'checkout', step: 'cart', reason: 'other', otherText: 'too slow', trigger: 'exit_intent', path: '/cart', lang: 'en', attributes: { plan: 'gold' } }),
  survey_answer: () => ({ type: 'survey_answer', id: newId('ans'), visitId: newId('visit'), survey: NPS_SURVEY.key, question: 'better', value: 'faster delivery', path: '/cart', lang: 'en', attributes: { plan: 'gold' } }),
  survey_event: () => ({ type: 'survey_event', id: newId('sev'), visitId: newId('visit'), survey: NPS_SURVEY.key, event: 'shown', path: '/cart' }),
};

const TABLE: Record<Kind, string> = {
  page_rating: 'responses',
  journey_event: 'journey_events',
  abandon_reason: 'responses',
  survey_answer: 'survey_answers',
  survey_event: 'survey_events',
};

/** Where an address can hide, and which kinds of input have that field. */
const FIELDS: [field: string, kinds: Kind[], put: (item: Item, address: string) => void][] = [
  ['the page path', ['page_rating', 'journey_event', 'abandon_reason', 'survey_answer', 'survey_event'], (item, a) => (item.path = `/users/${a}/orders`)],
  ['an allowed query parameter', ['page_rating'], (item, a) => (item.path = `/cart?ref=${a}`)],
  ['the page title', ['page_rating'], (item, a) => (item.title = `Orders of ${a}`)],
  ['the comment', ['page_rating', 'abandon_reason'], (item, a) => (item.comment = `write to ${a} please`)],
  ['the "other" reason', ['abandon_reason'], (item, a) => (item.otherText = `mail ${a}`)],
  ['an open survey answer', ['survey_answer'], (item, a) => (item.value = `reach me at ${a}`)],
  ['the language', ['page_rating', 'journey_event', 'abandon_reason', 'survey_answer'], (item, a) => (item.lang = a)],
  ['an attribute key', ['page_rating', 'journey_event', 'abandon_reason', 'survey_answer'], (item, a) => (item.attributes = { plan: 'gold', [a]: 'yes' })],
  ['an attribute value', ['page_rating', 'journey_event', 'abandon_reason', 'survey_answer'], (item, a) => (item.attributes = { plan: 'gold', email: a })],
  ['a contact field besides the consented e-mail', ['page_rating'], (item, a) => (item.contact = { email: 'ann@shop.example', consent: true, name: a })],
  ['a field the collector does not know (referrer)', ['page_rating', 'journey_event', 'abandon_reason', 'survey_answer', 'survey_event'], (item, a) => (item.referrer = `https://mail.example/inbox?to=${a}`)],
];

async function shop() {
  const t = testApp();
  const send = (path: string, body: unknown, method = 'PUT') => t.admin(path, { method, body: JSON.stringify(body) });
  expect((await send(`/api/sites/${t.site.key}/surveys/${NPS_SURVEY.key}`, NPS_SURVEY)).status).toBe(201);
  expect((await send(`/api/sites/${t.site.key}`, { allowedQueryParams: ['ref'] }, 'PATCH')).status).toBe(200);
  const stored = (kind: Kind) => t.db.prepare(`SELECT count(*) FROM ${TABLE[kind]}`).pluck().get() as number;
  return { ...t, send, stored };
}

const ROUTES = {
  'POST /v1/responses': async (t: Awaited<ReturnType<typeof shop>>, item: Item) => t.collect({ ...item, site: t.site.key }),
  'the admin import': async (t: Awaited<ReturnType<typeof shop>>, item: Item) =>
    t.send(`/api/sites/${t.site.key}/import`, { responses: [{ ...item, createdAt: '2026-03-14T10:00:00Z' }] }, 'POST'),
};

describe.each(Object.entries(ROUTES))('e-mail addresses sent through %s', (route, send) => {
  for (const [field, kinds, put] of FIELDS) {
    for (const kind of kinds) {
      if (route === 'the admin import' && kind === 'survey_event') continue; // not importable
      for (const [form, address] of Object.entries(ADDRESSES)) {
        it(`are not stored from ${field} of a ${kind} (${form}), and the ${kind} is`, async () => {
          const t = await shop();
          const item = BASE[kind]();
          put(item, address);
          const res = await send(t, item);
          expect(res.status, await res.clone().text()).toBeLessThan(300);
          expect(t.stored(kind)).toBe(1);
          const stored = everythingStored(t.db);
          expect(stored).not.toContain('ｊａｎｅ');
          expect(foldText(stored).folded).not.toContain('jane.doe');
        });
      }
    }
  }
});

describe('what is stored in place of an address', () => {
  it('keeps the page path and the rest of each text, and drops a language or attribute key that held one', async () => {
    const t = await shop();
    const item = {
      ...BASE.page_rating(),
      path: `/users/${ADDRESSES['full-width']}/orders?ref=${ADDRESSES.plain}`,
      comment: `请联系${ADDRESSES['full-width']}，谢谢`,
      lang: ADDRESSES.plain,
      attributes: { plan: 'gold', [ADDRESSES['full-width']]: 'yes', contact: `${ADDRESSES.plain} (work)` },
    };
    expect((await t.collect({ ...item, site: t.site.key })).status).toBe(202);
    expect(t.db.prepare('SELECT path, comment, lang, attributes FROM responses').get()).toEqual({
      path: '/users/[email]/orders?ref=[email]',
      // The full-width comma is the shopper's own and stays.
      comment: '请联系[email]，谢谢',
      lang: null,
      attributes: JSON.stringify({ plan: 'gold', contact: '[email] (work)' }),
    });
  });

  it('keeps a language written as a tag, even with an underscore', async () => {
    const t = await shop();
    for (const lang of ['zh-Hant-TW', 'en_US']) expect((await t.collect({ ...BASE.journey_event(), lang, site: t.site.key })).status).toBe(202);
    expect(t.db.prepare('SELECT lang FROM journey_events ORDER BY rowid').pluck().all()).toEqual(['zh-Hant-TW', 'en_US']);
  });
});

describe('the caps the README promises for identify attributes', () => {
  const attributes = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`key${i}`, 'v']));
  const cases: [string, Record<string, string>, string][] = [
    ['more than 20 attributes', attributes(21), 'at most 20 attributes'],
    ['an empty key', { '': 'v' }, 'an attribute key has 1 to 40 characters'],
    ['a key over 40 characters', { ['k'.repeat(41)]: 'v' }, 'an attribute key has 1 to 40 characters'],
    ['a value over 120 characters', { plan: 'v'.repeat(121) }, 'an attribute value has at most 120 characters'],
  ];
  for (const [what, given, message] of cases) {
    for (const [route, send] of Object.entries(ROUTES)) {
      it(`refuses ${what} through ${route} with 400, storing nothing`, async () => {
        const t = await shop();
        const res = await send(t, { ...BASE.page_rating(), attributes: given });
        expect(res.status).toBe(400);
        const body = await res.json();
        expect(body.error.code).toBe('invalid_payload');
        expect(body.error.issues.map((issue: { message: string }) => issue.message)).toContain(message);
        expect(t.count()).toBe(0);
      });
    }
  }

  it('takes exactly 20 attributes of 40-character keys and 120-character values', async () => {
    const t = await shop();
    const given = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [String(i).padStart(40, 'k'), 'v'.repeat(120)]));
    expect((await t.collect({ ...BASE.page_rating(), attributes: given, site: t.site.key })).status).toBe(202);
    expect(JSON.parse(t.db.prepare('SELECT attributes FROM responses').pluck().get() as string)).toEqual(given);
  });
});
