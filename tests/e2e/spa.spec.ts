import type { JourneyInput } from '../../shared/schemas/journey.ts';
import type { SurveyInput } from '../../shared/schemas/survey.ts';
import type { SurveyResults } from '../../shared/schemas/surveyResults.ts';
import { startStack, type Stack } from './stack.ts';
import { expect, newPinnedPage, test, type Page } from './test.ts';

// demo/spa: the shop as a single-page app using the typed page API (widget/api),
// with tp.js from the embed snippet. No screen of it is a page load.

let stack: Stack;
test.beforeEach(async () => {
  stack = await startStack();
});
test.afterEach(async () => {
  await stack.stop();
});

const CART_SURVEY: SurveyInput = {
  key: 'cart_clear',
  name: 'Cart',
  status: 'live',
  questions: [{ id: 'clear', type: 'thumbs', text: 'Is your cart clear?' }],
  trigger: { type: 'pageview' },
  targeting: { pages: [{ type: 'exact', value: '/spa/cart' }] },
};

const ADDED_SURVEY: SurveyInput = {
  key: 'added',
  name: 'Added to cart',
  status: 'live',
  questions: [{ id: 'easy', type: 'thumbs', text: 'Was that easy?' }],
  trigger: { type: 'event', event: 'added_to_cart' },
};

const CHECKOUT: JourneyInput = {
  key: 'checkout',
  name: 'Checkout',
  steps: [{ key: 'cart', name: 'Cart' }, { key: 'payment', name: 'Payment' }],
};

const results = (survey: string) => stack.admin<SurveyResults>('GET', `/api/sites/${stack.site.key}/surveys/${survey}/results`);
const answered = async (survey: string) => (await results(survey)).questions[0]!.distribution.find((d) => d.value === '1')?.count;

async function answerYes(page: Page, question: string) {
  const dialog = page.getByRole('dialog', { name: 'Quick survey' });
  await expect(dialog.getByText(question)).toBeVisible();
  await dialog.getByRole('radio', { name: 'Yes' }).check();
  await dialog.getByRole('button', { name: 'Send' }).click();
  await expect(dialog.getByText('Thank you!')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
}

/** Marks the document, so a later check can tell that no page load happened since. */
const markDocument = (page: Page) => page.evaluate(() => ((window as { spaMark?: number }).spaMark = 1));
const stillSameDocument = (page: Page) => page.evaluate(() => (window as { spaMark?: number }).spaMark === 1);

test('route changes are new pages to the widget; identify attributes arrive with a rating; a journey runs on the page API', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await stack.admin('PUT', `/api/sites/${stack.site.key}/surveys/${CART_SURVEY.key}`, CART_SURVEY);
  await stack.admin('PUT', `/api/sites/${stack.site.key}/journeys/checkout`, CHECKOUT);

  await page.goto(`${stack.demoUrl}/spa`);
  await expect(page.getByRole('button', { name: 'Feedback' })).toBeVisible();
  await markDocument(page);
  await page.getByRole('link', { name: 'Shop the Trail Jacket' }).click();
  await expect(page).toHaveURL(/\/spa\/product\/trail-jacket$/);
  await expect(page.getByRole('heading', { name: 'Trail Jacket' })).toBeVisible();

  // A rating on the route the shopper is on, with what the app said with identify.
  await page.getByRole('button', { name: 'Feedback' }).click();
  const form = page.getByRole('dialog', { name: 'How was this page?' });
  await form.getByRole('radio', { name: /^4 / }).check();
  await form.getByRole('textbox').fill('Clear sizes');
  await form.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByRole('dialog').getByText(/thank/i).first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect
    .poll(() => stack.db.prepare('SELECT path, title, rating, attributes FROM responses WHERE comment = ?').get('Clear sizes'))
    .toEqual({ path: '/spa/product/trail-jacket', title: 'Trail Jacket — Northwind Outfitters (SPA)', rating: 4, attributes: JSON.stringify({ plan: 'gold', app: 'spa' }) });

  // The cart survey targets /spa/cart: it appears when the router gets there, not before.
  const survey = page.getByRole('dialog', { name: 'Quick survey' });
  await expect(survey).toBeHidden();
  await page.getByRole('link', { name: 'Go to cart' }).click();
  await expect(page).toHaveURL(/\/spa\/cart$/);
  await answerYes(page, 'Is your cart clear?');
  await expect.poll(() => answered(CART_SURVEY.key)).toBe(1);

  // Checkout: the app says which step the shopper reached, then that the journey is complete.
  await page.getByRole('link', { name: 'Checkout' }).click();
  await expect(page.getByRole('heading', { name: 'Payment' })).toBeVisible();
  await page.getByRole('button', { name: 'Place order' }).click();
  await expect(page).toHaveURL(/\/spa\/thanks$/);
  await expect
    .poll(() => stack.db.prepare("SELECT event, step, path, attributes FROM journey_events WHERE journey = 'checkout' ORDER BY created_at, event DESC").all())
    .toEqual([
      { event: 'reached', step: 'payment', path: '/spa/checkout', attributes: JSON.stringify({ plan: 'gold', app: 'spa' }) },
      { event: 'completed', step: null, path: '/spa/thanks', attributes: JSON.stringify({ plan: 'gold', app: 'spa' }) },
    ]);
  expect(await stillSameDocument(page)).toBe(true);
  expect(errors).toEqual([]);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: 'test-results/spa-thanks.png' });
});

test("touchpoint('track') from the app sets off the survey waiting for that event", async ({ browser }) => {
  await stack.admin('PUT', `/api/sites/${stack.site.key}/surveys/${ADDED_SURVEY.key}`, ADDED_SURVEY);
  const page = await newPinnedPage(browser);
  await page.goto(`${stack.demoUrl}/spa/product/trail-jacket`);
  await expect(page.getByRole('button', { name: 'Feedback' })).toBeVisible();
  await page.waitForTimeout(500);
  await expect(page.getByRole('dialog', { name: 'Quick survey' })).toBeHidden();
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await answerYes(page, 'Was that easy?');
  await expect.poll(() => answered(ADDED_SURVEY.key)).toBe(1);
  await page.setViewportSize({ width: 390, height: 800 });
  await page.screenshot({ path: 'test-results/spa-product-390.png' });
  await page.context().close();
});
