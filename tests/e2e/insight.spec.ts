import { readFileSync } from 'node:fs';
import { expect, test, type Page } from './test.ts';
import { ensureCheckoutJourney } from '../../demo/ensureCheckoutJourney.ts';
import { ensureOrderSurvey } from '../../demo/ensureOrderSurvey.ts';
import { seedDemoSite } from '../../demo/seedDemo.ts';
import type { Funnel } from '../../shared/schemas/funnel.ts';
import type { ImportedResponseInput } from '../../shared/schemas/import.ts';
import type { JourneyMap } from '../../shared/schemas/journeyMap.ts';
import type { Segments } from '../../shared/schemas/segments.ts';
import type { Themes } from '../../shared/schemas/themes.ts';
import type { TouchpointMapInput } from '../../shared/schemas/touchpoint.ts';
import { seedDemoStack } from './seedDemoStack.ts';
import { ADMIN_TOKEN, startStack, type Stack } from './stack.ts';
import { signIn } from './signIn.ts';
import { e2eNow } from './clock.ts';

// The product team's insight views on imported ratings: signed in, the journey
// map, fix first, a theme's comments, a segment split and the filter bar, each
// saved as a screenshot under test-results/.

const MAP: TouchpointMapInput = {
  stages: [
    { key: 'before', name: 'Discover' },
    { key: 'during', name: 'Buy' },
    { key: 'after', name: 'After purchase' },
  ],
  touchpoints: [
    { key: 'home', name: 'Home page', stage: 'before', rules: [{ type: 'exact', value: '/' }] },
    { key: 'products', name: 'Product pages', stage: 'before', rules: [{ type: 'pattern', value: '/product/*' }] },
    // Before Checkout: the first touchpoint whose rule matches a page wins.
    { key: 'confirmation', name: 'Confirmation', stage: 'after', rules: [{ type: 'exact', value: '/checkout/thank-you' }] },
    { key: 'checkout', name: 'Checkout', stage: 'during', rules: [{ type: 'prefix', value: '/checkout/' }] },
  ],
};

const COMMENTS: Record<string, [number, string][]> = {
  '/checkout/payment': [
    [1, 'Slow delivery options and the payment page timed out'],
    [2, 'Card declined twice, slow delivery estimate'],
    [1, '支付失败，结账页面太慢了'],
  ],
  '/': [
    [5, 'Great prices'],
    [4, '价格很好'],
  ],
  '/product/trail-jacket': [[4, 'Great prices, fast delivery']],
};

/**
 * 120 ratings over the last 20 days in 30 visits: payment rated badly, mostly on mobile; comments in English and
 * Chinese. Two visits in three come back (returning) and rate the payment page better; plan gold or free.
 */
function ratings(): ImportedResponseInput[] {
  const out: ImportedResponseInput[] = [];
  const paths = ['/', '/product/trail-jacket', '/checkout/payment', '/checkout/thank-you'];
  for (let i = 0; i < 120; i++) {
    const path = paths[i % paths.length]!;
    const said = COMMENTS[path]?.[i % (COMMENTS[path]?.length ?? 1)];
    const zh = said ? /\p{Script=Han}/u.test(said[1]) : false;
    const visit = Math.floor(i / 4);
    const returning = visit % 3 !== 0;
    out.push({
      type: 'page_rating',
      id: `resp_e2e_insight_${i}`,
      rating: said?.[0] ?? (path === '/checkout/payment' ? (returning ? 3 : 2) : 4),
      returning,
      attributes: { plan: visit % 2 === 0 ? 'gold' : 'free' },
      path,
      ...(said ? { comment: said[1] } : {}),
      lang: zh ? 'zh-CN' : 'en-US',
      device: i % 3 === 0 ? 'desktop' : 'mobile',
      // Four ratings per visit, for peak and end.
      visitId: `visit_e2e_insight_${visit}`,
      createdAt: new Date(e2eNow() - ((i % 20) + 1) * 86_400_000).toISOString(),
    });
  }
  return out;
}

let stack: Stack;
test.beforeEach(async () => {
  stack = await startStack();
  await stack.admin('PUT', `/api/sites/${stack.site.key}/touchpoints`, MAP);
  await stack.admin('POST', `/api/sites/${stack.site.key}/import`, { responses: ratings() });
});
test.afterEach(async () => {
  await stack.stop();
});

test('the journey map, fix first, a theme drilled down to its comments and a segment split render', async ({ page }) => {
  const cspViolations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });
  await signIn(page, stack);

  await page.goto(`${stack.collectorUrl}/journey-map?site=${stack.site.key}`);
  const map = page.getByRole('region', { name: 'Journey map' });
  await expect(map).toBeVisible();
  await expect(map.getByText('Checkout').first()).toBeVisible();
  await expect(page.getByRole('table', { name: 'End rating by stage' })).toBeVisible();
  await page.screenshot({ path: 'test-results/insight-journey-map.png', fullPage: true });

  await page.goto(`${stack.collectorUrl}/fix-first?site=${stack.site.key}`);
  const problems = page.getByRole('list', { name: 'Problems, most customers hurt first' });
  await expect(problems).toBeVisible();
  await expect(problems.getByRole('listitem').first()).toContainText(/Checkout|payment/i);
  await page.screenshot({ path: 'test-results/insight-fix-first.png', fullPage: true });

  await page.goto(`${stack.collectorUrl}/themes?site=${stack.site.key}`);
  const themes = page.getByRole('list', { name: 'Themes' });
  await themes.getByRole('button', { name: /slow delivery/ }).click();
  const found = page.getByRole('list', { name: 'Comments mentioning “slow delivery”' });
  await expect(found.getByRole('listitem')).toHaveCount(20);
  await expect(found.getByRole('listitem').first()).toContainText(/slow delivery/i);
  await page.screenshot({ path: 'test-results/insight-theme-comments.png', fullPage: true });

  // Chinese themes are words, and the search box finds Chinese text (once the theme filter is removed).
  await expect(themes.getByRole('button', { name: /结账/ })).toBeVisible();
  await page.getByRole('button', { name: 'Remove Theme: “slow delivery”' }).click();
  await expect(page).not.toHaveURL(/theme=/);
  await page.getByLabel('Search comments').fill('太慢');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByRole('list', { name: 'Comments containing “太慢”' }).getByRole('listitem').first()).toContainText('结账页面太慢了');

  await page.goto(`${stack.collectorUrl}/?site=${stack.site.key}`);
  const split = page.getByRole('table', { name: 'Scores by device' });
  await expect(split.getByRole('row', { name: /Mobile/ })).toBeVisible();
  await expect(split.getByRole('row', { name: /Desktop/ })).toBeVisible();
  await page.getByLabel('Split by').selectOption('lang');
  await expect(page.getByRole('table', { name: 'Scores by language' }).getByRole('row', { name: /zh/ })).toBeVisible();
  await page.locator('.segment-split').screenshot({ path: 'test-results/insight-segment-split.png' });

  expect(cspViolations).toEqual([]);
});

/** The API's own answer for what the page shows: its address's range (UTC days, `to` included) and filters. */
async function apiFor<T>(page: Page, view: string, extra: Record<string, string> = {}): Promise<T> {
  const shown = new URL(page.url()).searchParams;
  const query = new URLSearchParams(shown);
  query.delete('site');
  query.set('from', `${shown.get('from')}T00:00:00.000Z`);
  query.set('to', new Date(Date.parse(`${shown.get('to')}T00:00:00Z`) + 86_400_000).toISOString());
  for (const [name, value] of Object.entries(extra)) query.set(name, value);
  const res = await page.request.get(`${stack.collectorUrl}/api/sites/${stack.site.key}/${view}?${query}`);
  expect(res.ok()).toBe(true);
  return (await res.json()) as T;
}

/** The page as it is, 1280 wide, then loaded afresh 390 wide (where the filters fold away behind their chips), then back. */
async function screenshotBothWidths(page: Page, name: string) {
  await page.screenshot({ path: `test-results/${name}-1280.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload({ waitUntil: 'networkidle' });
  await expect(page.getByLabel('Visitors', { exact: true })).toBeHidden();
  await expect(page.getByRole('list', { name: 'Active filters' })).toBeVisible();
  await page.screenshot({ path: `test-results/${name}-390.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.reload({ waitUntil: 'networkidle' });
}

test('the filter bar narrows the journey map to what the API says, travels with links, splits CSAT by new vs returning, and says when nothing matches', async ({ page }) => {
  const cspViolations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, stack);

  await page.goto(`${stack.collectorUrl}/journey-map?site=${stack.site.key}`);
  const map = page.getByRole('region', { name: 'Journey map' });
  const checkout = map.getByRole('article', { name: 'Checkout', exact: true });
  const responsesOf = (card: typeof checkout) => card.locator('.tp-metrics > div').filter({ hasText: 'Responses' }).locator('.tp-count');
  await expect(responsesOf(checkout)).toHaveText('30');

  await page.getByLabel('Visitors', { exact: true }).selectOption('returning');
  await expect(page).toHaveURL(/[?&]visitor=returning(&|$)/);
  const chips = page.getByRole('list', { name: 'Active filters' });
  await expect(chips.getByRole('listitem').first()).toHaveText(/Visitors: Returning visitors/);
  const filtered = await apiFor<JourneyMap>(page, 'journey-map');
  const apiCheckout = filtered.stages.flatMap((stage) => stage.touchpoints).find((t) => t.key === 'checkout')!;
  // 20 of the 30 visits came back: fewer than all, and exactly what the API counts for the same filters.
  expect(apiCheckout.current.responses).toBe(20);
  await expect(responsesOf(checkout)).toHaveText(String(apiCheckout.current.responses));
  for (const stage of filtered.stages) {
    for (const touchpoint of stage.touchpoints) {
      await expect(responsesOf(map.getByRole('article', { name: touchpoint.name, exact: true }))).toHaveText(String(touchpoint.current.responses));
    }
  }

  // A second filter, then the links to other views carry both.
  await page.getByLabel('Attribute', { exact: true }).selectOption('plan:gold');
  await expect(page).toHaveURL(/visitor=returning&attr=plan%3Agold/);
  const both = await apiFor<JourneyMap>(page, 'journey-map');
  const bothCheckout = both.stages.flatMap((stage) => stage.touchpoints).find((t) => t.key === 'checkout')!;
  await expect(responsesOf(checkout)).toHaveText(String(bothCheckout.current.responses));
  await screenshotBothWidths(page, 'filters-journey-map');
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Fix first' }).click();
  await expect(page).toHaveURL(/\/fix-first\?.*visitor=returning&attr=plan%3Agold/);
  await expect(page.getByLabel('Visitors', { exact: true })).toHaveValue('returning');
  await expect(page.getByRole('list', { name: 'Problems, most customers hurt first' })).toBeVisible();
  await screenshotBothWidths(page, 'filters-fix-first');

  // A theme clicked on the themes page becomes a filter like the others.
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Themes' }).click();
  await page.getByRole('list', { name: 'Themes' }).getByRole('button', { name: /slow delivery/ }).click();
  await expect(page).toHaveURL(/theme=slow\+delivery/);
  await expect(chips.getByRole('listitem').filter({ hasText: 'Theme: “slow delivery”' })).toBeVisible();
  await screenshotBothWidths(page, 'filters-themes');

  // Nothing on tablets: the view says so and offers to clear, rather than drawing an empty chart.
  await page.goto(`${stack.collectorUrl}/?site=${stack.site.key}&device=tablet&visitor=returning`);
  await expect(page.getByText('No responses match these filters')).toBeVisible();
  await page.locator('.no-filter-matches').getByRole('button', { name: 'Clear filters' }).click();
  await expect(page).not.toHaveURL(/device=|visitor=/);
  await expect(page.getByRole('heading', { name: 'Top problems this period' })).toBeVisible();

  // CSAT by new vs returning, on the overview, equal to the API's split.
  await page.getByLabel('Device', { exact: true }).selectOption('mobile');
  await page.getByLabel('Split by').selectOption('visitor');
  const split = page.getByRole('table', { name: 'Scores by new or returning visitor' });
  const apiSplit = await apiFor<Segments>(page, 'segments', { by: 'visitor' });
  expect(apiSplit.segments.map((s) => s.key).sort()).toEqual(['new', 'returning']);
  for (const segment of apiSplit.segments) {
    const row = split.getByRole('row', { name: segment.key === 'new' ? /New visitors/ : /Returning visitors/ });
    await expect(row.getByRole('cell').first()).toHaveText(String(segment.n));
  }
  await expect(split.getByRole('row', { name: /All/ }).getByRole('cell').first()).toHaveText(String(apiSplit.all.n));
  // The split is kept in the address like the filters: a reload or a shared link shows the same one.
  await expect(page).toHaveURL(/[?&]split=visitor(&|$)/);
  await page.reload();
  await expect(page.getByLabel('Split by')).toHaveValue('visitor');
  await expect(split.getByRole('row', { name: /All/ }).getByRole('cell').first()).toHaveText(String(apiSplit.all.n));
  await page.locator('.segment-split').screenshot({ path: 'test-results/filters-segment-split.png' });
  await page.getByLabel('Attribute', { exact: true }).selectOption('plan:gold');
  await screenshotBothWidths(page, 'filters-overview');

  expect(cspViolations).toEqual([]);
});

test('on the seeded demo shop, the abandonment funnel follows the filter bar and agrees with the API', async ({ page }) => {
  const api = { collectorUrl: stack.collectorUrl, adminToken: ADMIN_TOKEN };
  await ensureCheckoutJourney(api, stack.site.key);
  await ensureOrderSurvey(api, stack.site.key);
  await seedDemoSite({ ...api, siteKey: stack.site.key, generate: { now: e2eNow() } });
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, stack);

  await page.goto(`${stack.collectorUrl}/journeys?site=${stack.site.key}&journey=checkout`);
  const visits = page.getByRole('group', { name: 'Visits' }).locator('.abandonment-value');
  const abandoned = page.getByRole('group', { name: 'Abandoned' }).locator('.abandonment-value');
  await expect(page).toHaveURL(/from=.*&to=/);
  const all = await apiFor<Funnel>(page, 'journeys/checkout/funnel');
  await expect(visits).toHaveText(all.totals.visits.toLocaleString('en-US'));

  await page.getByLabel('Device', { exact: true }).selectOption('mobile');
  await page.getByLabel('Visitors', { exact: true }).selectOption('returning');
  await expect(page).toHaveURL(/journey=checkout&device=mobile&visitor=returning/);
  const narrowed = await apiFor<Funnel>(page, 'journeys/checkout/funnel');
  expect(narrowed.totals.visits).toBeGreaterThan(0);
  expect(narrowed.totals.visits).toBeLessThan(all.totals.visits);
  await expect(visits).toHaveText(narrowed.totals.visits.toLocaleString('en-US'));
  await expect(abandoned).toHaveText(narrowed.totals.abandoned.toLocaleString('en-US'));
  await screenshotBothWidths(page, 'filters-abandonment');
});

test("the demo shop's first screen: the journey map at a glance and the week's growing problem, as the API says", async ({ page }) => {
  await seedDemoStack(stack);
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, stack);
  await page.goto(`${stack.collectorUrl}/?site=${stack.site.key}`);

  const strip = page.getByRole('region', { name: 'Journey map' });
  await expect(strip.getByRole('heading', { name: 'Buy' })).toBeVisible();
  const map = await apiFor<JourneyMap>(page, 'journey-map');
  const worst = map.stages.flatMap((s) => s.touchpoints).find((t) => t.key === map.worst)!;
  await expect(strip.locator('.journey-strip-tp.is-worst')).toContainText(worst.name);
  for (const touchpoint of map.stages.flatMap((s) => s.touchpoints)) {
    const shown = Math.round(touchpoint.current.netExperience.value! * 100);
    await expect(strip.locator('.journey-strip-tp', { hasText: touchpoint.name })).toContainText(`${shown > 0 ? '+' : shown < 0 ? '−' : ''}${Math.abs(shown)}`);
  }

  // The payment provider's incident of the last week, flagged on the first screen. Which
  // of its faces hurts most this week depends on the day: the "payment failed" answers,
  // the payment step of the checkout, or the payment touchpoint as a whole.
  const note = page.getByRole('note').filter({ hasText: 'This week:' });
  await expect(note).toContainText(/Payment failed or timed out|Checkout › Payment|Payment · Buy/);
  await expect(note).toContainText('Growing');
  await page.screenshot({ path: 'test-results/first-screen.png' });

  // The theme box suggests the period's themes, most mentioned first, as the themes view lists them.
  await page.getByLabel('Theme', { exact: true }).focus();
  const themes = await apiFor<Themes>(page, 'themes');
  await expect
    .poll(() => page.locator('#filter-theme-suggestions option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value)))
    .toEqual(themes.themes.map((t) => t.term));
  // The period's survey answers download with the session cookie alone.
  const exports = page.getByRole('region', { name: 'Download this period' });
  const [download] = await Promise.all([page.waitForEvent('download'), exports.getByRole('link', { name: 'CSV' }).nth(1).click()]);
  expect(download.suggestedFilename()).toMatch(/^touchpoint-.*-survey-answers-.*\.csv$/);
  const csv = readFileSync((await download.path())!, 'utf8').split('\r\n');
  expect(csv[0]).toContain('questionType');
  expect(csv.filter((line) => line.includes(',nps,')).length).toBeGreaterThan(10);

  await note.getByRole('link', { name: 'See the week →' }).click();
  await expect(page).toHaveURL(/\/fix-first\?/);
  await expect(page.getByText('Payment failed or timed out').first()).toBeVisible();
});
