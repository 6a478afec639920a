import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { surveyResultsSchema } from '../../../shared/schemas/surveyResults.ts';
import { signResponseToken } from '../../src/channels/responseToken.ts';
import { TEST_NOW } from '../../../tests/clock/testInstants.ts';
import { hostedApp, pageData } from './hostedFixtures.ts';

const DAY = 86_400_000;
const NPS = 'quarterly-nps';
const answer = (question: string, value: unknown, extra: Record<string, unknown> = {}) => ({
  type: 'survey_answer',
  id: `ans_${Math.random().toString(36).slice(2, 12)}`,
  visitId: 'visit_hosted01',
  question,
  value,
  path: '/s/x/y',
  lang: 'en',
  ...extra,
});

describe('GET /s/:siteKey/:survey (hosted survey page)', () => {
  it('serves the live survey with the site name and colour, under a strict CSP', async () => {
    const { app, site } = await hostedApp();
    const res = await app.request(`/s/${site.key}/${NPS}?channel=store&campaign=receipts`);
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toMatch(/style-src 'self' 'sha256-[A-Za-z0-9+/=]+'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(res.headers.get('cache-control')).toBe('no-store');
    const html = await res.text();
    // No inline script that runs: the one script is the hosted chunk, the other a JSON data block.
    expect(html).toContain('<script type="module" src="/w/hosted-test.js"></script>');
    expect([...html.matchAll(/<script(?![^>]*(src=|type="application\/json"))/g)]).toHaveLength(0);
    expect(html).toContain('<h1>Shop</h1>');
    expect(html).toContain('--accent: #0a7d5a');
    expect(html).toMatch(/<html lang="en" dir="ltr">/);
    const data = pageData(html);
    expect(data).toMatchObject({ site: site.key, survey: NPS, widgetLang: 'en', link: { channel: 'store', campaign: 'receipts' }, answered: {} });
    expect(data.questions.map((q) => q.id)).toEqual(['recommend', 'better']);
  });

  it("speaks the link's or the browser's language: zh-CN, zh-TW, and right to left for Arabic", async () => {
    const { app, site } = await hostedApp();
    const zhCn = await app.request(`/s/${site.key}/${NPS}?lang=zh-CN`);
    expect(pageData(await zhCn.text())).toMatchObject({ widgetLang: 'zh-CN', lang: 'zh-CN' });
    const zhTw = await (await app.request(`/s/${site.key}/${NPS}`, { headers: { 'accept-language': 'zh-TW,zh;q=0.8,en;q=0.5' } })).text();
    expect(zhTw).toMatch(/<html lang="zh-TW" dir="ltr">/);
    expect(pageData(zhTw).widgetLang).toBe('zh-TW');
    const ar = await (await app.request(`/s/${site.key}/${NPS}?lang=ar`)).text();
    expect(ar).toMatch(/<html lang="ar" dir="rtl">/);
  });

  it('answers a paused, draft or unknown survey with a readable 404 page in the browser\'s language', async () => {
    const { app, admin, site } = await hostedApp();
    await admin(`/api/sites/${site.key}/surveys/${NPS}`, { method: 'PATCH', body: JSON.stringify({ status: 'paused' }) });
    const paused = await app.request(`/s/${site.key}/${NPS}`, { headers: { 'accept-language': 'zh-CN' } });
    expect(paused.status).toBe(404);
    expect(paused.headers.get('content-type')).toContain('text/html');
    expect(await paused.text()).toContain('此问卷未开放');
    const unknown = await app.request(`/s/${site.key}/no-such-survey`);
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain('This survey is not open');
    expect((await app.request(`/s/nosuchsite/${NPS}`)).status).toBe(404);
  });

  it('refuses a channel other than web, store, sms and email, and a campaign that is no short slug', async () => {
    const { app, site } = await hostedApp();
    for (const query of ['channel=fax', 'campaign=%3Cscript%3E', `campaign=${'x'.repeat(41)}`]) {
      const res = await app.request(`/s/${site.key}/${NPS}?${query}`);
      expect(res.status).toBe(400);
      expect(await res.text()).toContain('This link is incomplete');
    }
  });

  it('refuses a signed link made for another survey, on the page and for answers', async () => {
    const { app, db, site, answers } = await hostedApp();
    const token = signResponseToken(db, { site: site.id, survey: NPS, campaign: 'dec', recipient: 'inv-1', channel: 'email', exp: TEST_NOW + DAY });
    const page = await app.request(`/s/${site.key}/after-purchase?t=${token}`);
    expect(page.status).toBe(403);
    expect(await page.text()).toContain('This link is for another survey');
    const post = await app.request(`/v1/surveys/${site.key}/after-purchase/answers`, {
      method: 'POST',
      body: JSON.stringify(answer('satisfaction', 4, { t: token })),
      headers: { 'content-type': 'application/json' },
    });
    expect(post.status).toBe(403);
    expect(await post.json()).toMatchObject({ error: { code: 'forbidden' } });
    expect(answers()).toEqual([]);
  });
});

describe('POST /v1/surveys/:siteKey/:survey/answers', () => {
  it("stores a shared link's answers with its channel and campaign, counted in the survey's results", async () => {
    const { app, admin, site, answers } = await hostedApp();
    const send = (body: unknown) =>
      app.request(`/v1/surveys/${site.key}/${NPS}/answers`, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'text/plain', origin: 'http://localhost' } });
    expect((await send(answer('recommend', 9, { channel: 'store', campaign: 'receipts' }))).status).toBe(202);
    expect((await send(answer('recommend', 4, { visitId: 'visit_hosted02' }))).status).toBe(202);
    expect(answers()).toEqual([
      expect.objectContaining({ question: 'recommend', score: 9, channel: 'store', campaign: 'receipts' }),
      expect.objectContaining({ question: 'recommend', score: 4, channel: 'web', campaign: null }),
    ]);
    const range = `from=${new Date(TEST_NOW - DAY).toISOString()}&to=${new Date(TEST_NOW + DAY).toISOString()}`;
    const results = async (filter: string) =>
      surveyResultsSchema.parse(await (await admin(`/api/sites/${site.key}/surveys/${NPS}/results?${range}${filter}`)).json()).questions[0]!;
    expect((await results('')).n).toBe(2);
    expect(await results('&channel=store')).toMatchObject({ n: 1, distribution: expect.arrayContaining([{ value: '9', label: '9', count: 1 }]) });
  });

  it("refuses answers from another origin, off the scale, or to a question the survey doesn't have, in the API's error shape", async () => {
    const { app, site, answers } = await hostedApp();
    const send = (body: unknown, origin = 'http://localhost') =>
      app.request(`/v1/surveys/${site.key}/${NPS}/answers`, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json', origin } });
    const foreign = await send(answer('recommend', 9), 'https://evil.example');
    expect(foreign.status).toBe(403);
    expect(await foreign.json()).toMatchObject({ error: { code: 'origin_not_allowed' } });
    expect((await send(answer('recommend', 9, { channel: 'fax' }))).status).toBe(400);
    expect((await send({ ...answer('recommend', 9), value: 11 })).status).toBe(400);
    expect((await send(answer('nope', 9))).status).toBeGreaterThanOrEqual(400);
    expect(answers()).toEqual([]);
  });
});

describe('GET /api/sites/:siteKey/surveys/:survey/qr.svg', () => {
  it("is qrcode's SVG of the hosted page's link at the public URL, for members only", async () => {
    const { app, admin, site } = await hostedApp();
    const res = await admin(`/api/sites/${site.key}/surveys/${NPS}/qr.svg?channel=store&campaign=receipts`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/svg+xml');
    const svg = await res.text();
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]*viewBox="0 0 \d+ \d+"/);
    const url = `http://localhost/s/${site.key}/${NPS}?channel=store&campaign=receipts`;
    expect(svg).toBe(await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 }));
    expect(svg).not.toBe(await QRCode.toString(url.replace('store', 'web'), { type: 'svg', errorCorrectionLevel: 'M', margin: 4 }));
    const download = await admin(`/api/sites/${site.key}/surveys/${NPS}/qr.svg?channel=sms&download`);
    expect(download.headers.get('content-disposition')).toBe(`attachment; filename="${NPS}-sms.svg"`);
    expect((await app.request(`/api/sites/${site.key}/surveys/${NPS}/qr.svg`)).status).toBe(401);
    expect((await admin(`/api/sites/${site.key}/surveys/nope/qr.svg`)).status).toBe(404);
  });
});
