import { describe, expect, it } from 'vitest';
import type { ImportedResponseInput } from '../../shared/schemas/import.ts';
import { segmentsSchema } from '../../shared/schemas/segments.ts';
import { commentsPageSchema, themesSchema } from '../../shared/schemas/themes.ts';
import { startCommentTermsJob } from '../src/jobs/commentTerms.ts';
import { AFTER_FIXTURES, testApp } from './testApp.ts';

const THIS_WEEK = 'from=2026-11-08T00:00:00Z&to=2026-11-15T00:00:00Z';
let serial = 0;

function said(day: string, comment: string, extra: Partial<ImportedResponseInput> = {}): ImportedResponseInput {
  serial += 1;
  return {
    type: 'page_rating',
    id: `resp_theme_${serial}`,
    rating: 2,
    comment,
    path: '/checkout/payment',
    createdAt: `${day}T12:00:00Z`,
    ...extra,
  };
}

/** Delivery complaints double this week; "结账" (checkout) is new, in Chinese. */
async function shop() {
  const t = testApp({ now: () => AFTER_FIXTURES });
  const responses: ImportedResponseInput[] = [
    said('2026-11-02', 'Delivery was late again'),
    said('2026-11-03', 'Slow delivery'),
    said('2026-11-03', 'Great prices', { rating: 5, path: '/' }),
    ...Array.from({ length: 8 }, (_, i) => said('2026-11-09', `Slow delivery, order ${i}`, { device: 'mobile' })),
    ...Array.from({ length: 6 }, () => said('2026-11-10', '结账页面太慢了 checkout', { lang: 'zh-CN', device: 'desktop' })),
    said('2026-11-11', 'Great prices, fast', { rating: 5, path: '/', lang: 'en' }),
    said('2026-11-11', 'great prices', { rating: 4, path: '/', channel: 'email' }),
  ];
  const res = await t.admin(`/api/sites/${t.site.key}/import`, { method: 'POST', body: JSON.stringify({ responses }) });
  expect(res.status).toBe(201);
  return t;
}

describe('GET /api/sites/:siteKey/themes', () => {
  it('counts recurring words and phrases, English and Chinese, with their trend', async () => {
    const t = await shop();
    const res = await t.admin(`/api/sites/${t.site.key}/themes?${THIS_WEEK}`);
    expect(res.status).toBe(200);
    const body = themesSchema.parse(await res.json());
    expect(body.comments).toBe(16);
    const byTerm = new Map(body.themes.map((theme) => [theme.term, theme]));
    expect(byTerm.get('slow delivery')).toMatchObject({ count: 8, previous: 1, trend: 'rising' });
    expect(byTerm.get('结账')).toMatchObject({ count: 6, previous: 0, trend: 'new' });
    expect(byTerm.get('great prices')).toMatchObject({ count: 2, previous: 1, trend: 'steady' });
    // "slow" alone adds nothing to "slow delivery".
    expect(byTerm.has('slow')).toBe(false);
  });

  it('filters by device, language and page', async () => {
    const t = await shop();
    const terms = async (filters: string) =>
      themesSchema.parse(await (await t.admin(`/api/sites/${t.site.key}/themes?${THIS_WEEK}&${filters}`)).json()).themes.map((x) => x.term);
    expect(await terms('device=mobile')).not.toContain('结账');
    expect(await terms('lang=zh')).toContain('结账');
    expect(await terms('path=/')).toEqual(['great prices']);
  });

  it('answers 400 for a bad filter', async () => {
    const t = await shop();
    const res = await t.admin(`/api/sites/${t.site.key}/themes?device=fridge`);
    expect(res.status).toBe(400);
  });
});

describe('the comment term index', () => {
  it('takes in comments that arrive after a view, and forgets deleted ones', async () => {
    const t = await shop();
    const themes = async () =>
      themesSchema.parse(await (await t.admin(`/api/sites/${t.site.key}/themes?${THIS_WEEK}`)).json()).themes;
    expect((await themes()).some((x) => x.term === 'refund')).toBe(false);
    const late = [said('2026-11-12', 'Still waiting for my refund'), said('2026-11-12', 'Refund took ages')];
    await t.admin(`/api/sites/${t.site.key}/import`, { method: 'POST', body: JSON.stringify({ responses: late }) });
    expect((await themes()).find((x) => x.term === 'refund')).toMatchObject({ count: 2 });

    expect((await t.admin(`/api/sites/${t.site.key}/responses/${late[0]!.id}`, { method: 'DELETE' })).status).toBe(200);
    expect(t.db.prepare('SELECT count(*) FROM comment_terms WHERE response_id = ?').pluck().get(late[0]!.id)).toBe(0);
    expect((await themes()).some((x) => x.term === 'refund')).toBe(false);
  });

  it('splits comments stored before terms were made at write time, in the background after start', async () => {
    const t = await shop();
    const themes = async () =>
      themesSchema.parse(await (await t.admin(`/api/sites/${t.site.key}/themes?${THIS_WEEK}`)).json()).themes;
    // As an upgraded database has them: stored, terms_indexed = 0, no terms.
    const legacy = t.db.prepare(
      `INSERT INTO responses (id, site_id, type, rating, comment, path, channel, created_at, received_at)
       VALUES (?, ?, 'page_rating', 2, ?, '/cart', 'web', ?, ?)`,
    );
    for (const [i, text] of ['Coupon code rejected', 'The coupon did not apply'].entries()) {
      const at = Date.parse('2026-11-12T09:00:00Z') + i;
      legacy.run(`resp_legacy_${i}`, t.site.id, text, at, at);
    }
    expect((await themes()).some((x) => x.term === 'coupon')).toBe(false);
    const job = startCommentTermsJob(t.db);
    await job.stop();
    expect((await themes()).find((x) => x.term === 'coupon')).toMatchObject({ count: 2 });
    expect(t.db.prepare('SELECT count(*) FROM responses WHERE terms_indexed = 0 AND comment IS NOT NULL').pluck().get()).toBe(0);
  });
});

describe('GET /api/sites/:siteKey/comments', () => {
  it('lists the comments behind a theme, latest first, a page at a time', async () => {
    const t = await shop();
    const page = async (query: string) =>
      commentsPageSchema.parse(await (await t.admin(`/api/sites/${t.site.key}/comments?${THIS_WEEK}&${query}`)).json());
    const first = await page(`theme=${encodeURIComponent('slow delivery')}&limit=5`);
    expect(first.comments).toHaveLength(5);
    expect(first.more).toBe(true);
    expect(first.comments.every((c) => c.text.startsWith('Slow delivery'))).toBe(true);
    const rest = await page(`theme=${encodeURIComponent('slow delivery')}&limit=5&offset=5`);
    expect(rest.comments).toHaveLength(3);
    expect(rest.more).toBe(false);
  });

  it('searches the text, case-insensitively, Chinese too', async () => {
    const t = await shop();
    const search = async (q: string) =>
      commentsPageSchema.parse(
        await (await t.admin(`/api/sites/${t.site.key}/comments?${THIS_WEEK}&q=${encodeURIComponent(q)}`)).json(),
      ).comments;
    expect(await search('GREAT')).toHaveLength(2);
    expect(await search('太慢')).toHaveLength(6);
    expect(await search('100%')).toHaveLength(0);
  });
});

describe('comment tags', () => {
  it('puts a SERVQUAL tag on a comment, filters by it and takes it off', async () => {
    const t = await shop();
    const [first] = commentsPageSchema.parse(
      await (await t.admin(`/api/sites/${t.site.key}/comments?${THIS_WEEK}&q=great&limit=1`)).json(),
    ).comments;
    const tagPath = `/api/sites/${t.site.key}/comments/${first!.id}/tags/tangibles`;
    expect(await (await t.admin(tagPath, { method: 'PUT' })).json()).toEqual({ id: first!.id, tags: ['tangibles'] });
    expect(await (await t.admin(tagPath, { method: 'PUT' })).json()).toEqual({ id: first!.id, tags: ['tangibles'] });
    const tagged = commentsPageSchema.parse(
      await (await t.admin(`/api/sites/${t.site.key}/comments?${THIS_WEEK}&tag=tangibles`)).json(),
    ).comments;
    expect(tagged.map((c) => [c.id, c.tags])).toEqual([[first!.id, ['tangibles']]]);
    expect(await (await t.admin(tagPath, { method: 'DELETE' })).json()).toEqual({ id: first!.id, tags: [] });
  });

  it('refuses a malformed tag and an unknown comment', async () => {
    const t = await shop();
    expect((await t.admin(`/api/sites/${t.site.key}/comments/resp_theme_1/tags/Bad%20Tag`, { method: 'PUT' })).status).toBe(400);
    expect((await t.admin(`/api/sites/${t.site.key}/comments/resp_nothing_here/tags/empathy`, { method: 'PUT' })).status).toBe(404);
  });
});

describe('GET /api/sites/:siteKey/segments', () => {
  it('splits the scores by device, with intervals', async () => {
    const t = await shop();
    const res = await t.admin(`/api/sites/${t.site.key}/segments?${THIS_WEEK}&by=device`);
    expect(res.status).toBe(200);
    const body = segmentsSchema.parse(await res.json());
    expect(body.segments.map((s) => [s.key, s.n])).toEqual([
      ['mobile', 8],
      ['desktop', 6],
      ['unknown', 2],
    ]);
    expect(body.all.n).toBe(16);
    expect(body.segments[2]!.csat).toMatchObject({ value: 1, enough: false });
  });

  it('groups languages by their primary tag', async () => {
    const t = await shop();
    const body = segmentsSchema.parse(await (await t.admin(`/api/sites/${t.site.key}/segments?${THIS_WEEK}&by=lang`)).json());
    expect(body.segments.map((s) => s.key).sort()).toEqual(['en', 'unknown', 'zh']);
  });

  it('refuses an unknown dimension', async () => {
    const t = await shop();
    expect((await t.admin(`/api/sites/${t.site.key}/segments?by=shoe`)).status).toBe(400);
  });
});
