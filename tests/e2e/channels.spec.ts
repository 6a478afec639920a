import { expect, test, type Page } from './test.ts';
import type { ChannelCell, Channels } from '../../shared/schemas/channels.ts';
import type { ImportedResponseInput } from '../../shared/schemas/import.ts';
import type { SurveyInput } from '../../shared/schemas/survey.ts';
import { scoreLinks } from '../../server/src/channels/scoreLinks.ts';
import type { TouchpointMapInput } from '../../shared/schemas/touchpoint.ts';
import { dashboardAxeViolations } from './dashboardAxe.ts';
import { seedDemoStack } from './seedDemoStack.ts';
import { startStack, type Stack } from './stack.ts';
import { signIn } from './signIn.ts';
import { e2eNow } from './clock.ts';

// The channels view on imported ratings: the phone line is clearly worse than
// the web at checkout, e-mail about the same on product pages.

const MAP: TouchpointMapInput = {
  touchpoints: [
    { key: 'products', name: 'Product pages', stage: 'before', rules: [{ type: 'pattern', value: '/product/*' }] },
    { key: 'checkout', name: 'Checkout', stage: 'during', rules: [{ type: 'prefix', value: '/checkout/' }] },
  ],
};

type Counts = [number, number, number, number, number];
const PLANTED: { path: string; channel: 'web' | 'phone' | 'email'; counts: Counts }[] = [
  { path: '/checkout/payment', channel: 'web', counts: [2, 2, 4, 16, 16] },
  { path: '/checkout/payment', channel: 'phone', counts: [9, 5, 2, 2, 2] },
  { path: '/product/trail-jacket', channel: 'web', counts: [1, 1, 3, 12, 13] },
  { path: '/product/trail-jacket', channel: 'email', counts: [1, 1, 2, 5, 5] },
];

/** The planted counts as import rows over the last 20 days, phone comments included. */
function ratings(): ImportedResponseInput[] {
  let i = 0;
  return PLANTED.flatMap(({ path, channel, counts }) =>
    counts.flatMap((count, r) =>
      Array.from({ length: count }, () => {
        i++;
        return {
          type: 'page_rating' as const,
          id: `resp_e2e_channels_${i}`,
          rating: r + 1,
          path,
          channel,
          ...(channel === 'phone' && r < 2 ? { comment: 'Caller could not pay: card refused on the phone line' } : {}),
          createdAt: new Date(e2eNow() - ((i % 20) + 1) * 86_400_000).toISOString(),
        };
      }),
    ),
  );
}

let stack: Stack;
test.beforeEach(async () => {
  stack = await startStack();
});
test.afterEach(async () => {
  await stack.stop();
});

/** The API's own answer for what the page shows: its address's range (UTC days, `to` included). */
async function apiFor(page: Page): Promise<Channels> {
  const shown = new URL(page.url()).searchParams;
  const query = new URLSearchParams({
    from: `${shown.get('from')}T00:00:00.000Z`,
    to: new Date(Date.parse(`${shown.get('to')}T00:00:00Z`) + 86_400_000).toISOString(),
  });
  const res = await page.request.get(`${stack.collectorUrl}/api/sites/${stack.site.key}/channels?${query}`);
  expect(res.ok()).toBe(true);
  return (await res.json()) as Channels;
}

/** "−30", "+70": net experience as the dashboard writes it. */
const net = (cell: ChannelCell) => {
  const points = Math.round(cell.netExperience.value! * 100);
  return points === 0 ? '0' : `${points < 0 ? '\u2212' : '+'}${Math.abs(points)}`;
};

async function screenshotBothWidths(page: Page, name: string) {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: `test-results/${name}-1280.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload({ waitUntil: 'networkidle' });
  await expect(page.getByRole('table').first()).toBeVisible();
  await page.screenshot({ path: `test-results/${name}-390.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
}

test('phone ratings imported through the API show on the channels page, the worse cell marked, with the API’s numbers', async ({ page }) => {
  const cspViolations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });
  await stack.admin('PUT', `/api/sites/${stack.site.key}/touchpoints`, MAP);
  const imported = await stack.admin<{ inserted: number }>('POST', `/api/sites/${stack.site.key}/import`, { responses: ratings() });
  expect(imported.inserted).toBe(ratings().length);

  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, stack);
  await page.goto(`${stack.collectorUrl}/channels?site=${stack.site.key}`);
  const table = page.getByRole('table', { name: /Net experience per touchpoint and channel/ });
  await expect(table).toBeVisible();
  // The page compares channels: it offers no channel filter.
  await expect(page.getByLabel('Device', { exact: true })).toBeVisible();
  await expect(page.getByLabel('Channel', { exact: true })).toHaveCount(0);
  await expect(table.getByRole('columnheader')).toHaveText(['Touchpoint', 'Share of feedback', 'Web', 'Phone', 'Email']);

  const api = await apiFor(page);
  const checkout = api.touchpoints.find((row) => row.touchpoint === 'checkout')!;
  const phone = checkout.cells.find((cell) => cell.channel === 'phone')!;
  expect(phone.worse).toBe(true);
  const row = table.getByRole('row', { name: /^Checkout/ });
  const cells = row.getByRole('cell');
  // Share, web, phone, e-mail (none on checkout).
  await expect(cells.nth(2)).toContainText('Worse than web');
  await expect(cells.nth(2)).toHaveClass(/is-worse/);
  await expect(cells.nth(2)).toContainText(net(phone));
  await expect(cells.nth(2)).toContainText(`n = ${phone.n}`);
  await expect(cells.nth(2)).toContainText(`${'\u2212'}${Math.abs(Math.round(phone.vsWeb!.delta! * 100))} pts vs web`);
  await expect(cells.nth(1)).not.toContainText('Worse than web');
  await expect(cells.nth(1)).toContainText(net(checkout.cells[0]!));
  await expect(cells.nth(3)).toHaveText('—No ratings');
  await expect(cells.nth(0)).toContainText(`Web ${Math.round(checkout.cells[0]!.share * 100)}% · Phone ${Math.round(phone.share * 100)}%`);
  await expect(row.getByRole('rowheader')).toContainText(`${checkout.n} ratings`);

  // E-mail on product pages is a little lower, within chance: not marked.
  const products = table.getByRole('row', { name: /^Product pages/ });
  await expect(products.getByRole('cell').nth(3)).toContainText('within chance');
  await expect(products.getByText('Worse than web')).toHaveCount(0);
  // Phone is worse at checkout and, carried by it, across all touchpoints.
  await expect(table.getByText('Worse than web')).toHaveCount(2);
  // No survey has answers: the second table's place says so.
  await expect(page.getByRole('heading', { name: 'Surveys by channel' })).toBeVisible();
  await expect(page.getByText('No survey answers in this period.')).toBeVisible();

  // The imported rows carry no device: on mobile nothing is left, and the page says so.
  await page.getByLabel('Device', { exact: true }).selectOption('mobile');
  await expect(page).toHaveURL(/device=mobile/);
  await expect(page.getByText('No ratings or survey answers match these filters')).toBeVisible();

  expect(await dashboardAxeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Clear filters' }).first().click();
  await expect(table).toBeVisible();
  expect(await dashboardAxeViolations(page)).toEqual([]);
  await screenshotBothWidths(page, 'channels');
  expect(cspViolations).toEqual([]);
});

test('a site with web ratings only is told how to bring in other channels', async ({ page }) => {
  await stack.admin('PUT', `/api/sites/${stack.site.key}/touchpoints`, MAP);
  const webOnly = ratings().filter((r) => 'channel' in r && r.channel === 'web');
  await stack.admin('POST', `/api/sites/${stack.site.key}/import`, { responses: webOnly });
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, stack);
  await page.goto(`${stack.collectorUrl}/channels?site=${stack.site.key}`);
  await expect(page.getByRole('heading', { name: 'Only web feedback in this period' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Import page' })).toHaveAttribute('href', `/import?site=${stack.site.key}`);
  await page.screenshot({ path: 'test-results/channels-web-only-1280.png', fullPage: true });
});

test("the demo shop's channels: the seed's phone, e-mail and store ratings beside the web's", async ({ page }) => {
  await seedDemoStack(stack);
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, stack);
  await page.goto(`${stack.collectorUrl}/channels?site=${stack.site.key}`);
  const table = page.getByRole('table', { name: /Net experience per touchpoint and channel/ });
  await expect(table).toBeVisible();
  const shown = await apiFor(page);
  expect(shown.channels).toEqual(expect.arrayContaining(['web', 'phone', 'email', 'store']));
  await expect(table.getByRole('row', { name: /^All touchpoints/ }).getByRole('rowheader')).toContainText(`${shown.all.n.toLocaleString('en-US')} ratings`);
  // The seed's order survey, scored by its first score question (CES).
  const surveys = page.getByRole('table', { name: /Each survey's score per channel/ });
  const order = shown.surveys.find((row) => row.survey === 'after-order')!;
  await expect(surveys.getByRole('row', { name: /^After the order/ }).getByRole('rowheader')).toContainText(`CES: mean answer`);
  await expect(surveys.getByRole('row', { name: /^After the order/ }).getByRole('rowheader')).toContainText(`${order.n} answers`);
  // The seed's post-purchase e-mail campaign (its clicked scores) and the receipt QR code's hosted page (channel store).
  expect(shown.surveyChannels).toEqual(['web', 'email', 'store']);
  const orderRow = surveys.getByRole('row', { name: /^After the order/ });
  for (const [i, channel] of (['email', 'store'] as const).entries()) {
    const cell = order.cells.find((c) => c.channel === channel)!;
    expect(cell.n).toBeGreaterThan(0);
    await expect(orderRow.getByRole('cell').nth(2 + i)).toContainText(`n = ${cell.n}`);
    if (cell.score.enough) await expect(orderRow.getByRole('cell').nth(2 + i)).toContainText(cell.score.value!.toFixed(1));
  }
  await expect(page.getByText('Only web answers in this period')).toHaveCount(0);
  await screenshotBothWidths(page, 'channels-demo');
});

const NPS_SURVEY: SurveyInput = {
  key: 'after_visit',
  name: 'After a visit',
  status: 'live',
  questions: [
    { id: 'nps', type: 'nps', text: 'How likely are you to recommend us?' },
    { id: 'improve', type: 'open_text', text: 'What should we improve?', showIf: { question: 'nps', bands: ['detractor', 'passive'] } },
  ],
  trigger: { type: 'pageview' },
};

test('answers through e-mail score links show in the survey table under Email, with the API’s numbers', async ({ page }) => {
  await stack.admin('PUT', `/api/sites/${stack.site.key}/touchpoints`, MAP);
  await stack.admin('POST', `/api/sites/${stack.site.key}/import`, { responses: ratings() });
  await stack.admin('PUT', `/api/sites/${stack.site.key}/surveys/${NPS_SURVEY.key}`, NPS_SURVEY);
  // The widget's answers on the web: 16 promoters, 4 passives, 4 detractors.
  const web = [...Array<number>(16).fill(10), ...Array<number>(4).fill(8), ...Array<number>(4).fill(3)].map((value, i) => ({
    type: 'survey_answer' as const,
    id: `ans_e2e_web_${i}`,
    visitId: `visit_e2e_web_${i}`,
    survey: NPS_SURVEY.key,
    question: 'nps',
    value,
    path: '/checkout/thank-you',
    createdAt: new Date(e2eNow() - ((i % 10) + 1) * 86_400_000).toISOString(),
  }));
  await stack.admin('POST', `/api/sites/${stack.site.key}/import`, { responses: web });
  const link = (recipient: string) =>
    scoreLinks(stack.db, {
      publicUrl: stack.collectorUrl,
      siteId: stack.site.id,
      siteKey: stack.site.key,
      survey: NPS_SURVEY.key,
      campaign: 'december',
      recipient,
      channel: 'email',
      exp: e2eNow() + 30 * 86_400_000,
    });
  // Eleven recipients click a score in their e-mail: mostly detractors.
  for (const [i, score] of [2, 3, 1, 0, 5, 6, 4, 9, 7, 3, 2].entries()) {
    const res = await page.request.get(link(`inv-${i}`).scores[score]!.url, { maxRedirects: 0 });
    expect(res.status()).toBe(303);
  }
  // The twelfth clicks 4 and finishes the survey on the hosted page.
  await page.goto(link('inv-last').scores[4]!.url);
  await page.getByRole('textbox', { name: 'What should we improve?' }).fill('Answer my e-mails');
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByRole('status').getByText('Thank you!')).toBeVisible();

  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, stack);
  await page.goto(`${stack.collectorUrl}/channels?site=${stack.site.key}`);
  const table = page.getByRole('table', { name: /Each survey's score per channel/ });
  await expect(table).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Surveys by channel' })).toBeVisible();
  await expect(table.getByRole('columnheader')).toHaveText(['Survey', 'Share of answers', 'Web', 'Email']);

  const api = await apiFor(page);
  const survey = api.surveys.find((row) => row.survey === NPS_SURVEY.key)!;
  expect(survey).toMatchObject({ scoreType: 'nps', n: 36 });
  const [webCell, email] = survey.cells;
  expect(email).toMatchObject({ channel: 'email', n: 12, worse: true });
  const row = table.getByRole('row', { name: /^After a visit/ });
  await expect(row.getByRole('rowheader')).toContainText('NPS: % promoters (9–10) − % detractors (0–6)');
  await expect(row.getByRole('rowheader')).toContainText('How likely are you to recommend us?');
  await expect(row.getByRole('rowheader')).toContainText(`${survey.n} answers`);
  const cells = row.getByRole('cell');
  const signed = (value: number) => (Math.round(value) === 0 ? '0' : `${value < 0 ? '\u2212' : '+'}${Math.abs(Math.round(value))}`);
  await expect(cells.nth(0)).toContainText(`Web ${Math.round(webCell!.share * 100)}% · Email ${Math.round(email!.share * 100)}%`);
  await expect(cells.nth(1)).toContainText(signed(webCell!.score.value!));
  await expect(cells.nth(1)).toContainText(`n = ${webCell!.n}`);
  await expect(cells.nth(2)).toContainText(signed(email!.score.value!));
  await expect(cells.nth(2)).toContainText(`n = ${email!.n}`);
  await expect(cells.nth(2)).toContainText('Worse than web');
  await expect(cells.nth(2)).toHaveClass(/is-worse/);
  await expect(cells.nth(2)).toContainText(`${signed(email!.vsWeb!.delta!)} pts vs web`);
  expect(await dashboardAxeViolations(page)).toEqual([]);
  await screenshotBothWidths(page, 'channels-surveys');
});
