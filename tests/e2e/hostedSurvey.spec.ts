import type { SurveyInput } from '../../shared/schemas/survey.ts';
import type { SurveyResults } from '../../shared/schemas/surveyResults.ts';
import { scoreLinks } from '../../server/src/channels/scoreLinks.ts';
import { e2eNow } from './clock.ts';
import { dashboardAxeViolations } from './dashboardAxe.ts';
import { signIn } from './signIn.ts';
import { startStack, type Stack } from './stack.ts';
import { expect, test, type Page } from './test.ts';

let stack: Stack;
test.beforeEach(async () => {
  stack = await startStack();
  await stack.admin('PUT', `/api/sites/${stack.site.key}/surveys/${SURVEY.key}`, SURVEY);
  await stack.admin('PATCH', `/api/sites/${stack.site.key}`, { appearance: { color: '#0a7d5a' } });
});
test.afterEach(async () => {
  await stack.stop();
});

/** NPS, then for detractors and passives what to improve. */
const SURVEY: SurveyInput = {
  key: 'after_visit',
  name: 'After a visit',
  status: 'live',
  questions: [
    { id: 'nps', type: 'nps' },
    { id: 'improve', type: 'open_text', text: 'What should we improve?', showIf: { question: 'nps', bands: ['detractor', 'passive'] } },
  ],
  trigger: { type: 'pageview' },
};
const DAY = 86_400_000;

const hostedUrl = (query: string) => `${stack.collectorUrl}/s/${stack.site.key}/${SURVEY.key}?${query}`;
const results = (query = '') => stack.admin<SurveyResults>('GET', `/api/sites/${stack.site.key}/surveys/${SURVEY.key}/results?${query}`);
const answers = () => stack.db.prepare('SELECT question, score, value, channel, campaign FROM survey_answers ORDER BY question').all();

/** Page errors and console errors (a CSP refusal is one): none expected. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  return errors;
}

test('a QR-code link on a phone: answered by keyboard alone, axe clean light and dark, counted in the results as store', async ({ page }) => {
  const errors = watchErrors(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(hostedUrl('channel=store&campaign=receipts'));
  await expect(page.getByRole('heading', { name: 'Demo shop' })).toBeVisible();
  const scale = page.getByRole('group', { name: 'How likely are you to recommend us to a friend or colleague?' });
  await expect(scale).toBeVisible();
  expect(await dashboardAxeViolations(page, 'html')).toEqual([]);
  await page.screenshot({ path: 'test-results/hosted-390-light.png', fullPage: true });
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await dashboardAxeViolations(page, 'html')).toEqual([]);
  await page.screenshot({ path: 'test-results/hosted-390-dark.png', fullPage: true });
  // Nothing wider than the phone.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  await page.keyboard.press('Tab');
  await expect(scale.getByRole('radio', { name: '0 – Not at all likely' })).toBeFocused();
  for (let i = 0; i < 7; i++) await page.keyboard.press('ArrowRight');
  await expect(scale.getByRole('radio', { name: '7', exact: true })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Next' })).toBeFocused();
  await page.keyboard.press('Enter');
  const improve = page.getByRole('textbox', { name: 'What should we improve?' });
  await expect(improve).toBeFocused();
  await page.keyboard.type('Open on Sundays');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Send' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').getByText('Thank you!')).toBeVisible();
  expect(await dashboardAxeViolations(page, 'html')).toEqual([]);
  expect(errors).toEqual([]);

  await expect.poll(answers).toEqual([
    { question: 'improve', score: null, value: 'Open on Sundays', channel: 'store', campaign: 'receipts' },
    { question: 'nps', score: 7, value: null, channel: 'store', campaign: 'receipts' },
  ]);
  const store = await results('channel=store');
  expect(store.totals).toMatchObject({ shown: 1, answered: 1, completed: 1 });
  expect(store.questions[0]!.distribution.find((d) => d.value === '7')?.count).toBe(1);
  expect((await results('channel=email')).questions[0]!.n).toBe(0);
});

test("speaks the browser's language: English, simplified and traditional Chinese, at 1280 and in the dark", async ({ browser }) => {
  for (const [locale, question, send] of [
    ['en-GB', 'How likely are you to recommend us to a friend or colleague?', 'Send'],
    ['zh-CN', '您有多大可能向朋友或同事推荐我们？', '提交'],
    ['zh-TW', '您有多大可能向朋友或同事推薦我們？', '送出'],
  ] as const) {
    const context = await browser.newContext({ locale, viewport: { width: 1280, height: 800 } });
    await context.clock.install({ time: e2eNow() });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(hostedUrl('channel=web'));
    await expect(page.getByRole('group', { name: question })).toBeVisible();
    await expect(page.getByRole('button', { name: send })).toBeVisible();
    expect(await page.getAttribute('html', 'lang')).toBe(locale);
    expect(await dashboardAxeViolations(page, 'html')).toEqual([]);
    await page.screenshot({ path: `test-results/hosted-1280-${locale}.png` });
    if (locale === 'zh-CN') {
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await dashboardAxeViolations(page, 'html')).toEqual([]);
      await page.screenshot({ path: 'test-results/hosted-1280-zh-CN-dark.png' });
      await page.setViewportSize({ width: 390, height: 844 });
      await page.screenshot({ path: 'test-results/hosted-390-zh-CN-dark.png', fullPage: true });
    }
    expect(errors).toEqual([]);
    await context.close();
  }
});

test('a one-click score from an e-mail opens the rest of the survey; a later click changes the score, never adds an answer', async ({ page }) => {
  const errors = watchErrors(page);
  const links = scoreLinks(stack.db, {
    publicUrl: stack.collectorUrl,
    siteId: stack.site.id,
    siteKey: stack.site.key,
    survey: SURVEY.key,
    campaign: 'december',
    recipient: 'inv-42',
    channel: 'email',
    exp: e2eNow() + 30 * DAY,
  });
  await page.goto(links.scores[4]!.url);
  // Redirected to the page, the score answered: a detractor gets the follow-up at once.
  await expect(page).toHaveURL(/\/s\/.+\?t=/);
  const improve = page.getByRole('textbox', { name: 'What should we improve?' });
  await expect(improve).toBeVisible();
  await expect(page.getByRole('radio')).toHaveCount(0);
  expect(await dashboardAxeViolations(page, 'html')).toEqual([]);
  await improve.fill('Delivery was late');
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByRole('status').getByText('Thank you!')).toBeVisible();
  await expect.poll(answers).toEqual([
    { question: 'improve', score: null, value: 'Delivery was late', channel: 'email', campaign: 'december' },
    { question: 'nps', score: 4, value: null, channel: 'email', campaign: 'december' },
  ]);

  // The recipient clicks 9 in the same e-mail: the score changes; nothing is left to ask.
  await page.goto(links.scores[9]!.url);
  await expect(page.getByRole('status').getByText('Thank you!')).toBeVisible();
  expect((answers() as { question: string; score: number | null }[]).map((a) => [a.question, a.score])).toEqual([['improve', null], ['nps', 9]]);
  // One recipient, however many visits: shown, answered and completed once.
  await expect.poll(async () => (await results('channel=email')).totals).toMatchObject({ shown: 1, answered: 1, completed: 1 });

  expect(errors).toEqual([]);

  // A tampered link gets a page that says so.
  const tampered = await page.goto(links.scores[9]!.url.replace(/\.(.)([^.?]+)\?/, (_, c: string, rest: string) => `.${c === 'A' ? 'B' : 'A'}${rest}?`));
  expect(tampered!.status()).toBe(403);
  await expect(page.getByRole('heading', { name: 'This link is not valid' })).toBeVisible();
  expect(await dashboardAxeViolations(page, 'html')).toEqual([]);
  await page.screenshot({ path: 'test-results/hosted-390-problem.png' });
});

test("the Share panel gives each channel's link and its QR code, and the link opens the survey", async ({ page }) => {
  const errors = watchErrors(page);
  await signIn(page, stack);
  await page.goto(`${stack.collectorUrl}/surveys?site=${stack.site.key}&survey=${SURVEY.key}`);
  const panel = page.getByRole('region', { name: 'Share outside the website' });
  await expect(panel).toBeVisible();
  await panel.getByLabel('Campaign (optional)').fill('spring-receipts');
  const link = panel.getByRole('region', { name: 'Survey link' });
  await expect(link).toHaveText(hostedUrl('channel=store&campaign=spring-receipts'));
  const qr = panel.getByRole('img', { name: /^QR code of / });
  await expect(qr).toHaveAttribute('src', `/api/sites/${stack.site.key}/surveys/${SURVEY.key}/qr.svg?channel=store&campaign=spring-receipts`);
  await expect.poll(() => qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  await panel.getByLabel('Channel').selectOption('sms');
  await expect(link).toHaveText(hostedUrl('channel=sms&campaign=spring-receipts'));
  await panel.getByLabel('Campaign (optional)').fill('Not A Slug');
  await expect(panel.getByText('Use lowercase letters, digits, - and _ (up to 40).')).toBeVisible();
  await expect(link).toHaveText(hostedUrl('channel=sms'));
  expect(await dashboardAxeViolations(page)).toEqual([]);
  await panel.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/share-panel-1280.png', fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await panel.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/share-panel-390.png' });
  expect(errors).toEqual([]);

  await page.goto((await link.textContent())!);
  await expect(page.getByRole('group', { name: 'How likely are you to recommend us to a friend or colleague?' })).toBeVisible();
});
