import { expect, test, type Page } from '@playwright/test';
import type { ImportedResponseInput } from '../../shared/schemas/import.ts';
import type { TouchpointMapInput } from '../../shared/schemas/touchpoint.ts';
import { ADMIN_TOKEN, startStack, type Stack } from './stack.ts';

// The product team's insight views on imported ratings: signed in, the journey
// map, fix first, a theme's comments and a segment split, each saved as a
// screenshot under test-results/.

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

/** 120 ratings over the last 20 days in 30 visits: payment rated badly, mostly on mobile; comments in English and Chinese. */
function ratings(): ImportedResponseInput[] {
  const out: ImportedResponseInput[] = [];
  const paths = ['/', '/product/trail-jacket', '/checkout/payment', '/checkout/thank-you'];
  for (let i = 0; i < 120; i++) {
    const path = paths[i % paths.length]!;
    const said = COMMENTS[path]?.[i % (COMMENTS[path]?.length ?? 1)];
    const zh = said ? /\p{Script=Han}/u.test(said[1]) : false;
    out.push({
      type: 'page_rating',
      id: `resp_e2e_insight_${i}`,
      rating: said?.[0] ?? (path === '/checkout/payment' ? 2 : 4),
      path,
      ...(said ? { comment: said[1] } : {}),
      lang: zh ? 'zh-CN' : 'en-US',
      device: i % 3 === 0 ? 'desktop' : 'mobile',
      // Four ratings per visit, for peak and end.
      visitId: `visit_e2e_insight_${Math.floor(i / 4)}`,
      createdAt: new Date(Date.now() - ((i % 20) + 1) * 86_400_000).toISOString(),
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

async function signIn(page: Page) {
  await page.goto(`${stack.collectorUrl}/login`);
  const useToken = page.getByRole('button', { name: 'Use the admin token instead' });
  if (await useToken.isVisible()) await useToken.click();
  await page.getByLabel('Admin token').fill(ADMIN_TOKEN);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

test('the journey map, fix first, a theme drilled down to its comments and a segment split render', async ({ page }) => {
  const cspViolations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });
  await signIn(page);

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

  // Chinese themes are words, and the search box finds Chinese text.
  await expect(themes.getByRole('button', { name: /结账/ })).toBeVisible();
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
