import { expect, newPinnedContext, test } from './test.ts';
import type { ImportedResponseInput } from '../../shared/schemas/import.ts';
import { addDays, localDay, localDayStart } from '../../shared/time/localDays.ts';
import { e2eNow } from './clock.ts';
import { signIn } from './signIn.ts';
import { startStack, type Stack } from './stack.ts';

// A shop run from Shanghai: its owner, whose browser is in Shanghai, finds the
// site still on UTC, takes the zone the settings page proposes, and from then
// on the overview's days are Shanghai's. Four ratings fall on one Shanghai day
// that UTC would split in two (its first hour there is 17:00 UTC the day before).

const SHANGHAI = 'Asia/Shanghai';
const HOUR = 3_600_000;

let stack: Stack;
test.beforeEach(async () => {
  stack = await startStack();
});
test.afterEach(async () => {
  await stack.stop();
});

test('the site takes the browser\'s proposed zone, and the overview counts Shanghai\'s days', async ({ browser }) => {
  const day = addDays(localDay(e2eNow(), SHANGHAI), -2);
  const start = localDayStart(day, SHANGHAI);
  const responses: ImportedResponseInput[] = [1, 1, 1, 10].map((hours, i) => ({
    type: 'page_rating',
    id: `resp_e2e_zone_${i}`,
    rating: i < 3 ? 2 : 5,
    path: '/checkout/payment',
    createdAt: new Date(start + hours * HOUR + i * 60_000).toISOString(),
  }));
  await stack.admin('POST', `/api/sites/${stack.site.key}/import`, { responses });

  const context = await newPinnedContext(browser, { timezoneId: SHANGHAI, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await signIn(page, stack);

  await page.goto(`${stack.collectorUrl}/site-settings?site=${stack.site.key}`);
  const zone = page.getByLabel('Time zone of the site');
  await expect(zone).toHaveValue(SHANGHAI);
  await expect(page.getByText('Proposed from your browser')).toBeVisible();
  await page.screenshot({ path: 'test-results/site-settings-time-zone-1280.png', fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: 'test-results/site-settings-time-zone-390.png', fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await zone.fill('Mars/Olympus');
  await page.getByRole('button', { name: 'Save time zone' }).click();
  await expect(page.getByRole('alert')).toContainText('Pick a time zone from the list');
  await zone.fill(SHANGHAI);
  await page.getByRole('button', { name: 'Save time zone' }).click();
  await expect(page.getByRole('status')).toContainText(`days now start at midnight in ${SHANGHAI}`);
  expect((await stack.admin<{ sites: { timeZone: string }[] }>('GET', '/api/sites')).sites[0]!.timeZone).toBe(SHANGHAI);

  await page.goto(`${stack.collectorUrl}/?site=${stack.site.key}&from=${addDays(day, -2)}&to=${addDays(day, 1)}`);
  await expect(page.getByText('(Asia/Shanghai days)')).toBeVisible();
  await page.getByText('Show the daily numbers as a table').click();
  const rows = page.getByRole('table', { name: 'Responses and average rating per day' }).getByRole('row');
  // Header, then the four Shanghai days; all four ratings on the one day, none on the day before.
  await expect(rows).toHaveCount(5);
  await expect(rows.nth(2).getByRole('cell').first()).toHaveText('0');
  await expect(rows.nth(3).getByRole('cell')).toHaveText(['4', '2.8']);
  await page.screenshot({ path: 'test-results/site-time-zone-overview-1280.png', fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload({ waitUntil: 'networkidle' });
  await expect(page.getByText('(Asia/Shanghai days)')).toBeVisible();
  await page.screenshot({ path: 'test-results/site-time-zone-overview-390.png', fullPage: true });
  await context.close();
});
