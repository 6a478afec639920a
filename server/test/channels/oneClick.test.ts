import { describe, expect, it } from 'vitest';
import { scoreLinks } from '../../src/channels/scoreLinks.ts';
import { signResponseToken, type ResponseTokenPayload } from '../../src/channels/responseToken.ts';
import { retireResponseTokenKey, rotateResponseTokenKey } from '../../src/db/queries/channels/responseTokenKeys.ts';
import { refuseWrites } from '../../src/db/faults/refuseWrites.ts';
import { write } from '../../src/db/write.ts';
import { TEST_NOW } from '../../../tests/clock/testInstants.ts';
import { hostedApp, pageData } from './hostedFixtures.ts';

const DAY = 86_400_000;
const NPS = 'quarterly-nps';

async function setup() {
  const t = await hostedApp();
  const payload: ResponseTokenPayload = { site: t.site.id, survey: NPS, campaign: 'dec', recipient: 'inv-1', channel: 'email', exp: TEST_NOW + 30 * DAY };
  const sign = (over: Partial<ResponseTokenPayload> = {}) => signResponseToken(t.db, { ...payload, ...over });
  const click = (token: string, score: string | number) => t.app.request(`/r/${token}?score=${score}`);
  const linkAnswers = () => t.db.prepare('SELECT answer_id, survey, campaign, recipient, channel FROM survey_link_answers').all();
  return { ...t, sign, click, linkAnswers };
}

/** A readable HTML page with this status: never JSON, never a stack. */
async function expectPage(res: Response, status: number, words: string) {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toContain('text/html');
  expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
  const html = await res.text();
  expect(html).toContain(words);
  expect(html).not.toMatch(/"error"|at .*\.ts:\d+/);
}

describe('GET /r/:token?score=N (one-click score)', () => {
  it('records the first click, and a later click changes the score without a second answer', async () => {
    const { site, sign, click, answers, linkAnswers } = await setup();
    const token = sign();
    const first = await click(token, 9);
    expect(first.status).toBe(303);
    expect(first.headers.get('location')).toBe(`/s/${site.key}/${NPS}?t=${token}`);
    expect(answers()).toEqual([expect.objectContaining({ survey: NPS, question: 'recommend', score: 9, channel: 'email', campaign: 'dec' })]);
    expect((await click(token, 3)).status).toBe(303);
    expect(answers()).toEqual([expect.objectContaining({ question: 'recommend', score: 3, channel: 'email', campaign: 'dec' })]);
    // The campaign's owner can tell who answered: one row per link, with its recipient reference.
    expect(linkAnswers()).toEqual([expect.objectContaining({ survey: NPS, campaign: 'dec', recipient: 'inv-1', channel: 'email' })]);
    // Another recipient's link is another answer.
    await click(sign({ recipient: 'inv-2' }), 10);
    expect(answers().map((a) => a.score)).toEqual([3, 10]);
  });

  it('opens the rest of the survey with the score answered, and stores the rest under the same link', async () => {
    const { app, site, sign, click, answers } = await setup();
    const token = sign();
    await click(token, 2);
    const page = pageData(await (await app.request(`/s/${site.key}/${NPS}?t=${token}`)).text());
    expect(page.answered).toEqual({ recommend: 2 });
    expect(page.link).toEqual({ channel: 'email', t: token });
    const send = (question: string, value: unknown) =>
      app.request(`/v1/surveys/${site.key}/${NPS}/answers`, {
        method: 'POST',
        body: JSON.stringify({ type: 'survey_answer', id: `ans_${question}_00001`, visitId: page.visitId, question, value, path: `/s/${site.key}/${NPS}`, t: token, channel: 'store', campaign: 'forged' }),
        headers: { 'content-type': 'application/json' },
      });
    expect((await send('better', 'Faster delivery')).status).toBe(202);
    expect((await send('better', 'Faster delivery, please')).status).toBe(202);
    // The token alone says channel and campaign; one row per question however often it is sent.
    const stored = answers();
    expect(stored).toHaveLength(2);
    expect(stored[1]).toMatchObject({ question: 'better', value: 'Faster delivery, please', channel: 'email', campaign: 'dec' });
    expect(new Set(stored.map((a) => a.visitId)).size).toBe(1);
  });

  it('refuses a score off the first question\'s scale with a page, storing nothing', async () => {
    const { sign, click, answers } = await setup();
    const token = sign();
    for (const score of [11, -1, 'x', '']) await expectPage(await click(token, score), 400, 'That score is not on the scale');
    // CSAT's scale is 1–5: 0 and 6 are off it.
    const csat = sign({ survey: 'after-purchase' });
    await expectPage(await click(csat, 6), 400, 'That score is not on the scale');
    await expectPage(await click(csat, 0), 400, 'That score is not on the scale');
    expect((await click(csat, 5)).status).toBe(303);
    expect(answers()).toEqual([expect.objectContaining({ survey: 'after-purchase', question: 'satisfaction', score: 5 })]);
  });

  it('answers an expired, tampered, forged or malformed token with a clear page', async () => {
    const { app, site, sign, click, answers } = await setup();
    await expectPage(await click(sign({ exp: TEST_NOW - 1 }), 9), 410, 'This link has expired');
    const [version, body, signature] = sign().split('.') as [string, string, string];
    const otherRecipient = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(body, 'base64url').toString()), recipient: 'inv-9' })).toString('base64url');
    await expectPage(await click(`${version}.${otherRecipient}.${signature}`, 9), 403, 'This link is not valid');
    await expectPage(await click(`${version}.${body}.${signature.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'))}`, 9), 403, 'This link is not valid');
    await expectPage(await click('not-a-token', 9), 400, 'This link is incomplete');
    await expectPage(await app.request(`/s/${site.key}/${NPS}?t=${sign({ exp: TEST_NOW - 1 })}`), 410, 'This link has expired');
    expect(answers()).toEqual([]);
  });

  it('cannot be replayed into another survey', async () => {
    const { app, site, sign, click, answers } = await setup();
    const token = sign();
    // The token names its survey: its score goes to the quarterly NPS and nowhere else.
    await click(token, 9);
    await expectPage(await app.request(`/s/${site.key}/after-purchase?t=${token}`), 403, 'This link is for another survey');
    expect(answers().map((a) => a.survey)).toEqual([NPS]);
  });

  it('keeps links signed before a key rotation working, until that key is retired', async () => {
    const { db, sign, click, answers } = await setup();
    const old = sign();
    write(db, () => rotateResponseTokenKey(db, TEST_NOW));
    expect((await click(old, 7)).status).toBe(303);
    expect((await click(sign({ recipient: 'inv-2' }), 8)).status).toBe(303);
    expect(answers()).toHaveLength(2);
    write(db, () => retireResponseTokenKey(db, 1, TEST_NOW));
    await expectPage(await click(old, 9), 403, 'This link is not valid');
  });

  it('a paused survey no longer takes clicks', async () => {
    const { admin, site, sign, click, answers } = await setup();
    await admin(`/api/sites/${site.key}/surveys/${NPS}`, { method: 'PATCH', body: JSON.stringify({ status: 'paused' }) });
    await expectPage(await click(sign(), 9), 404, 'This survey is not open');
    expect(answers()).toEqual([]);
  });
});

describe('scoreLinks()', () => {
  it("gives the survey page and one link per point of the first question's scale, all for one answer", async () => {
    const { db, site, click, answers } = await setup();
    const links = scoreLinks(db, { publicUrl: 'https://feedback.example/', siteId: site.id, siteKey: site.key, survey: NPS, campaign: 'dec', recipient: 'inv-1', channel: 'email', exp: TEST_NOW + DAY });
    expect(links.surveyUrl).toMatch(new RegExp(`^https://feedback\\.example/s/${site.key}/${NPS}\\?t=[^&]+$`));
    expect(links.scores.map((s) => s.score)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const path = (url: string) => url.replace('https://feedback.example', '');
    await click(path(links.scores[10]!.url).replace(/^\/r\/([^?]+)\?score=10$/, '$1'), 10);
    expect(answers()).toEqual([expect.objectContaining({ score: 10, channel: 'email' })]);
    const csat = scoreLinks(db, { publicUrl: 'https://feedback.example', siteId: site.id, siteKey: site.key, survey: 'after-purchase', campaign: 'dec', recipient: 'inv-1', channel: 'sms', exp: TEST_NOW + DAY });
    expect(csat.scores.map((s) => s.score)).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('GET /r/:token from a bot', () => {
  it('stores nothing for a mail scanner that opens every link, and still shows the page', async () => {
    const { app, sign, answers } = await setup();
    const res = await app.request(`/r/${sign()}?score=0`, { headers: { 'user-agent': 'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)' } });
    expect(res.status).toBe(303);
    expect(answers()).toEqual([]);
  });
});

describe('GET /r/:token when nothing can be stored', () => {
  it('says on a page to click again, with Retry-After, and stores nothing', async () => {
    const { db, sign, click, answers } = await setup();
    const undo = refuseWrites(db);
    const res = await click(sign(), 9);
    expect(res.headers.get('retry-after')).toBe('60');
    await expectPage(res, 503, 'Your score was not saved yet');
    undo();
    expect(answers()).toEqual([]);
  });
});
