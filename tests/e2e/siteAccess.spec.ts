import { expect, newPinnedContext, test, type Page } from './test.ts';
import type { Site } from '../../shared/schemas/site.ts';
import type { User } from '../../shared/schemas/account.ts';
import { signIn } from './signIn.ts';
import { ADMIN_TOKEN, startStack, type Stack } from './stack.ts';

// Per-site access: an admin gives a viewer one of two sites on the Team page;
// the viewer signs in and sees that site only, in the pages and through the API.

const VIEWER = { email: 'vic@team.example', password: 'a long first password', role: 'viewer' } as const;

let stack: Stack;
let outlet: Site;
let viewerId: number;
test.beforeEach(async () => {
  stack = await startStack();
  outlet = await stack.admin<Site>('POST', '/api/sites', { name: 'Outlet', origins: ['https://outlet.example'] });
  viewerId = (await stack.admin<User>('POST', '/api/users', VIEWER)).id;
});
test.afterEach(async () => {
  await stack.stop();
});

async function signInAs(page: Page, email: string, password: string) {
  await page.goto(`${stack.collectorUrl}/login`);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

test('an admin gives a viewer one of two sites, and the viewer sees only that one', async ({ page, browser }) => {
  await signIn(page, stack);
  await page.goto(`${stack.collectorUrl}/team`);
  const sites = page.getByRole('group', { name: `Sites ${VIEWER.email} sees` });
  await expect(sites.getByRole('checkbox')).toHaveCount(2);
  await expect(sites.getByText('Sees no site yet')).toBeVisible();
  // A slow save: the tick stays while it is on its way (check() fails if the box jumps back).
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/users/*/sites', async (route) => {
    await held;
    await route.continue();
  });
  await sites.getByRole('checkbox', { name: 'Demo shop' }).check();
  await expect(sites.getByText('Sees no site yet')).toHaveCount(0);
  const answered = page.waitForResponse('**/api/users/*/sites');
  release();
  await answered;
  await page.unroute('**/api/users/*/sites');
  await page.reload();
  await expect(sites.getByRole('checkbox', { name: 'Demo shop' })).toBeChecked();
  await expect(sites.getByRole('checkbox', { name: 'Outlet' })).not.toBeChecked();
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `test-results/site-access-team-${width}.png`, fullPage: true });
  }

  const viewerContext = await newPinnedContext(browser);
  const viewer = await viewerContext.newPage();
  await signInAs(viewer, VIEWER.email, VIEWER.password);
  await expect(viewer.getByRole('heading', { level: 1, name: 'Demo shop' })).toBeVisible();
  // One site: no site menu, and the other site's name appears nowhere.
  await expect(viewer.locator('#site-select')).toHaveCount(0);
  await expect(viewer.getByText('Outlet')).toHaveCount(0);
  // Asking for the other site by its key shows their own site, and the API denies it exists.
  await viewer.goto(`${stack.collectorUrl}/?site=${outlet.key}`);
  await expect(viewer.getByRole('heading', { level: 1, name: 'Demo shop' })).toBeVisible();
  const summary = await viewer.request.get(`${stack.collectorUrl}/api/sites/${outlet.key}/summary`);
  expect(summary.status()).toBe(404);
  expect((await summary.json()).error.code).toBe('unknown_site');
  await viewerContext.close();
});

test('a refused change says so and leaves the ticks as saved', async ({ page }) => {
  await signIn(page, stack);
  await page.goto(`${stack.collectorUrl}/team`);
  const sites = page.getByRole('group', { name: `Sites ${VIEWER.email} sees` });
  await expect(sites.getByRole('checkbox')).toHaveCount(2);
  // Another admin removes the viewer while this page is open.
  const removed = await fetch(`${stack.collectorUrl}/api/users/${viewerId}`, { method: 'DELETE', headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
  expect(removed.status).toBe(204);
  await sites.getByRole('checkbox', { name: 'Outlet' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'The sites of' })).toHaveText(`The sites of ${VIEWER.email} were not changed. No user with id ${viewerId}.`);
  await expect(sites.getByRole('checkbox', { name: 'Outlet' })).not.toBeChecked();
});

test('a viewer given no site is told to ask an admin', async ({ page }) => {
  await signInAs(page, VIEWER.email, VIEWER.password);
  await expect(page.getByRole('heading', { level: 1, name: 'No site shared with you yet' })).toBeVisible();
  await expect(page.getByText('Bearer')).toHaveCount(0);
});
