import { expect, newPinnedContext, test, type Page } from './test.ts';
import { CHECKOUT_JOURNEY } from '../../demo/checkoutJourney.ts';
import type { SurveyInput } from '../../shared/schemas/survey.ts';
import { startStack, type Stack } from './stack.ts';
import { callTouchpoint, startFixtures, widgetAxeViolations, type Fixtures } from './widgetFixtures.ts';

// What every form the widget shows must do, whatever the page: speak the
// shopper's language, work with the keyboard alone, pass axe-core in light and
// dark, follow the page's direction and the site's look, and run under a
// strict Content Security Policy.

let stack: Stack;
let fixtures: Fixtures;
test.beforeEach(async () => {
  stack = await startStack();
  fixtures = await startFixtures(stack);
});
test.afterEach(async () => {
  await fixtures.close();
  await stack.stop();
});

const host = (page: Page) => page.locator('touchpoint-widget');
const tabBox = async (page: Page, name = 'Feedback') => (await page.getByRole('button', { name }).boundingBox())!;

/** A shipping step of a checkout on the fixture site, in `lang`: typing into it and leaving through the top asks "What stopped you?". */
async function leaveCheckout(page: Page, lang: string) {
  await stack.admin('PUT', `/api/sites/${fixtures.siteKey}/journeys/checkout`, CHECKOUT_JOURNEY);
  const form = `<main><form data-touchpoint-journey="checkout" data-touchpoint-step="shipping">
    <label>Name <input id="name"></label> <label>Address <input id="address"></label> <button>Continue</button></form></main>`;
  await page.goto(fixtures.serve('/checkout/shipping', { lang, body: form }));
  await page.locator('#name').fill('Ada Lovelace');
  await page.locator('#address').fill('12 Analytical Row');
  await page.waitForTimeout(4_500); // never in the first seconds of a page
  await page.mouse.move(600, 300);
  await page.mouse.move(600, 5);
  await page.mouse.move(600, -10);
}

test.describe('languages', () => {
  const cases = [
    { name: 'zh-CN from data-lang', options: { data: { lang: 'zh-CN' } }, locale: 'en-US', tab: '意见反馈', title: '您觉得这个页面怎么样？', low: '1 – 很差', send: '提交', choose: '请先选择评分。', thanks: '谢谢！' },
    { name: 'zh-TW from <html lang>', options: { lang: 'zh-Hant-TW' }, locale: 'en-US', tab: '意見回饋', title: '您覺得這個頁面如何？', low: '1 – 很差', send: '送出', choose: '請先選擇評分。', thanks: '謝謝！' },
    { name: 'the browser’s when the page says nothing', options: { lang: '' }, locale: 'zh-TW', tab: '意見回饋', title: '您覺得這個頁面如何？', low: '1 – 很差', send: '送出', choose: '請先選擇評分。', thanks: '謝謝！' },
    { name: 'English for other languages', options: { lang: 'fr' }, locale: 'fr-FR', tab: 'Feedback', title: 'How was this page?', low: '1 – Very bad', send: 'Send', choose: 'Please choose a rating first.', thanks: 'Thank you!' },
  ];
  for (const c of cases) {
    test(`the feedback form speaks ${c.name}`, async ({ browser }) => {
      const context = await newPinnedContext(browser, { locale: c.locale });
      const page = await context.newPage();
      await page.goto(fixtures.serve('/page', c.options));
      await page.getByRole('button', { name: c.tab }).click();
      const dialog = page.getByRole('dialog', { name: c.title });
      await expect(dialog.getByRole('heading', { name: c.title })).toBeVisible();
      await dialog.getByRole('button', { name: c.send }).click();
      await expect(dialog.getByRole('alert')).toHaveText(c.choose);
      await dialog.getByRole('radio', { name: c.low }).check();
      await dialog.getByRole('button', { name: c.send }).click();
      await expect(dialog.getByText(c.thanks)).toBeVisible();
      await context.close();
    });
  }

  test('"What stopped you?" speaks zh-CN, default reasons included', async ({ page }) => {
    await leaveCheckout(page, 'zh-CN');
    const dialog = page.getByRole('dialog', { name: '是什么让您停下了？' });
    await expect(dialog).toBeVisible();
    for (const reason of ['意外的费用（运费、税费）', '付款失败或超时', '其他']) await expect(dialog.getByRole('radio', { name: reason })).toBeVisible();
    await expect(dialog.getByRole('button', { name: '不用了，谢谢' })).toBeVisible();
    await dialog.screenshot({ path: 'test-results/abandon-zh-CN.png' });
  });
});

test.describe('accessibility', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the feedback form passes axe-core in the ${colorScheme} theme, on a desktop and a phone`, async ({ browser }) => {
      for (const viewport of [{ width: 1280, height: 720 }, { width: 390, height: 844 }]) {
        const context = await newPinnedContext(browser, { colorScheme, viewport });
        const page = await context.newPage();
        await page.goto(`${stack.demoUrl}/product/trail-jacket`);
        await expect(page.getByRole('button', { name: 'Feedback' })).toBeVisible();
        expect(await widgetAxeViolations(page), 'tab').toEqual([]);
        await page.getByRole('button', { name: 'Feedback' }).click();
        const dialog = page.getByRole('dialog', { name: 'How was this page?' });
        await dialog.getByRole('radio', { name: '4 – Good' }).check();
        expect(await widgetAxeViolations(page), 'form').toEqual([]);
        await page.screenshot({ path: `test-results/feedback-${colorScheme}-${viewport.width}.png` });
        await dialog.getByRole('button', { name: 'Send' }).click();
        await expect(dialog.getByText('Thank you!')).toBeVisible();
        expect(await widgetAxeViolations(page), 'thank-you').toEqual([]);
        await context.close();
      }
    });

    test(`"What stopped you?" passes axe-core in the ${colorScheme} theme and works with the keyboard alone`, async ({ browser }) => {
      const context = await newPinnedContext(browser, { colorScheme });
      const page = await context.newPage();
      await leaveCheckout(page, 'en');
      const dialog = page.getByRole('dialog', { name: 'What stopped you?' });
      await expect(dialog).toBeVisible();
      expect(await widgetAxeViolations(page)).toEqual([]);
      await expect(dialog.getByRole('radio').first()).toBeFocused();
      await page.keyboard.press('ArrowDown');
      await expect(dialog.getByRole('radio', { name: 'Payment failed or timed out' })).toBeChecked();
      await page.keyboard.press('Tab'); // the comment
      await page.keyboard.type('Card declined');
      await page.keyboard.press('Tab');
      await expect(dialog.getByRole('button', { name: 'Send' })).toBeFocused();
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab'); // round the end: back to the close button
      await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Enter');
      await expect(dialog.getByText('Thank you!')).toBeVisible();
      expect(await widgetAxeViolations(page)).toEqual([]);
      await dialog.screenshot({ path: `test-results/abandon-${colorScheme}.png` });
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await context.close();
    });
  }

  test('the feedback form: focus moves in, Tab stays inside, Esc closes and focus returns to the tab', async ({ page }) => {
    await page.goto(fixtures.serve('/page'));
    const tab = page.getByRole('button', { name: 'Feedback' });
    await tab.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'How was this page?' });
    await expect(dialog.getByRole('radio', { name: '1 – Very bad' })).toBeFocused();
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TOUCHPOINT-WIDGET');
    }
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(tab).toBeFocused();
    // Every target (the tab, buttons, the labels the radios fill) is at least 24 × 24 px.
    const smallest = async (targets: ReturnType<Page['locator']>[]) => {
      const sizes = await Promise.all(targets.map(async (t) => (await t.boundingBox())!));
      return Math.min(...sizes.map((box) => Math.min(box.width, box.height)));
    };
    expect(await smallest([tab])).toBeGreaterThanOrEqual(24);
    await tab.click();
    expect(await smallest(await dialog.locator('button, label:has(input)').all())).toBeGreaterThanOrEqual(24);
  });
});

test.describe('layout and theming', () => {
  test('on a right-to-left page the tab and the dialogs sit on the left and read right to left', async ({ page }) => {
    await page.goto(fixtures.serve('/rtl', { lang: 'ar', dir: 'rtl', body: '<main><h1>مرحبا</h1></main>' }));
    await expect(host(page)).toHaveAttribute('dir', 'rtl');
    expect((await tabBox(page)).x).toBeLessThan(100);
    await page.getByRole('button', { name: 'Feedback' }).click();
    const dialog = page.getByRole('dialog', { name: 'How was this page?' });
    const box = (await dialog.boundingBox())!;
    expect(box.x).toBeLessThan(100);
    const close = (await dialog.getByRole('button', { name: 'Close' }).boundingBox())!;
    expect(close.x).toBeLessThan(box.x + 60); // the close button mirrors too
    const one = (await dialog.getByText('1', { exact: true }).boundingBox())!;
    const five = (await dialog.getByText('5', { exact: true }).boundingBox())!;
    expect(one.x).toBeGreaterThan(five.x); // the scale runs right to left
    await page.screenshot({ path: 'test-results/feedback-rtl.png' });
  });

  test('a language written right to left lays the widget out right to left even without dir', async ({ page }) => {
    await page.goto(fixtures.serve('/he', { lang: 'he' }));
    await expect(host(page)).toHaveAttribute('dir', 'rtl');
    expect((await tabBox(page)).x).toBeLessThan(100);
  });

  test('positions: bottom-left, and a side tab upright on the right edge', async ({ page }) => {
    const width = page.viewportSize()!.width;
    await page.goto(fixtures.serve('/left', { data: { position: 'bottom-left' } }));
    expect((await tabBox(page)).x).toBeLessThan(100);
    await page.goto(fixtures.serve('/side', { data: { position: 'side' } }));
    const side = await tabBox(page);
    expect(side.x + side.width).toBeCloseTo(width, 0);
    expect(side.height).toBeGreaterThan(side.width);
    expect(await widgetAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: 'test-results/tab-side.png' });
  });

  test('theme and brand colour from data-*, with text on the brand colour that stays legible', async ({ page }) => {
    await page.goto(fixtures.serve('/brand', { data: { theme: 'dark', color: '#ffd400' } }));
    await expect(host(page)).toHaveAttribute('data-theme', 'dark');
    const tab = page.getByRole('button', { name: 'Feedback' });
    await expect(tab).toHaveCSS('background-color', 'rgb(255, 212, 0)');
    await expect(tab).toHaveCSS('color', 'rgb(0, 0, 0)');
    await tab.click();
    expect(await widgetAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: 'test-results/feedback-brand-dark.png' });
  });

  test("the site config's appearance applies, and the script tag's data-* win over it", async ({ page }) => {
    await stack.admin('PATCH', `/api/sites/${fixtures.siteKey}`, { appearance: { color: '#0a7d5a', position: 'side', theme: 'dark' } });
    await page.goto(fixtures.serve('/configured', { data: { theme: 'light' } }));
    await expect(host(page)).toHaveAttribute('data-position', 'side');
    await expect(host(page)).toHaveAttribute('data-theme', 'light');
    await expect(page.getByRole('button', { name: 'Feedback' })).toHaveCSS('background-color', 'rgb(10, 125, 90)');
  });
});

test.describe('strict Content Security Policy', () => {
  const NONCE = 'r4nd0mN0nce';
  const policy = (collector: string, style: string) =>
    `default-src 'none'; script-src 'nonce-${NONCE}' ${collector}; style-src ${style}; connect-src ${collector}; img-src 'self'; base-uri 'none'; form-action 'none'`;
  const survey: SurveyInput = {
    key: 'csp',
    name: 'Under CSP',
    status: 'live',
    questions: [{ id: 'csat', type: 'csat', style: 'stars' }],
    trigger: { type: 'event', event: 'checked_out' },
  };

  /** Collects every CSP violation the page reports, from the start. */
  async function watchViolations(page: Page) {
    const violations: string[] = [];
    page.on('console', (msg) => {
      if (/Content.Security.Policy/i.test(msg.text())) violations.push(msg.text());
    });
    await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { reportViolation(v: string): void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`),
      ),
    );
    return violations;
  }

  for (const [name, style, setup] of [
    ['constructable stylesheets', "'self'", () => {}],
    ['a <style> with the nonce from data-nonce, where constructable stylesheets are missing', `'nonce-${NONCE}'`, () => delete (ShadowRoot.prototype as { adoptedStyleSheets?: unknown }).adoptedStyleSheets],
  ] as const) {
    test(`the tab, the feedback form and a survey work with no violation: ${name}`, async ({ page }) => {
      await stack.admin('PUT', `/api/sites/${fixtures.siteKey}/surveys/csp`, survey);
      const violations = await watchViolations(page);
      await page.addInitScript(setup);
      const collector = new URL(stack.collectorUrl).origin;
      await page.goto(fixtures.serve('/csp', { csp: policy(collector, style), nonce: NONCE, data: { nonce: NONCE } }));
      const tab = page.getByRole('button', { name: 'Feedback' });
      await expect(tab).toBeVisible();
      await expect(tab).toHaveCSS('position', 'fixed'); // styled, not bare
      await tab.click();
      const form = page.getByRole('dialog', { name: 'How was this page?' });
      await form.getByRole('radio', { name: '5 – Very good' }).check();
      await form.getByRole('button', { name: 'Send' }).click();
      await expect(form.getByText('Thank you!')).toBeVisible();
      await page.keyboard.press('Escape');

      await callTouchpoint(page, 'track', 'checked_out');
      const dialog = page.getByRole('dialog', { name: 'Quick survey' });
      await dialog.getByRole('radio', { name: '5 – Very satisfied' }).check();
      await dialog.getByRole('button', { name: 'Send' }).click();
      await expect(dialog.getByText('Thank you!')).toBeVisible();
      await expect.poll(() => stack.db.prepare("SELECT count(*) FROM responses WHERE rating = 5").pluck().get()).toBe(1);
      expect(violations).toEqual([]);
    });
  }
});

test.describe('who answered', () => {
  /** Rates the page 4 through the Feedback tab and waits for the thank-you. */
  async function rate(page: Page) {
    await page.getByRole('button', { name: 'Feedback' }).click();
    const form = page.getByRole('dialog', { name: 'How was this page?' });
    await form.getByRole('radio', { name: '4 – Good' }).check();
    await form.getByRole('button', { name: 'Send' }).click();
    await expect(form.getByText('Thank you!')).toBeVisible();
  }
  const stored = (path: string) =>
    stack.db.prepare('SELECT returning_visitor, attributes FROM responses WHERE path = ?').get(path) as
      | { returning_visitor: number | null; attributes: string | null }
      | undefined;

  test("a rating carries the visit's identify attributes on a site without surveys, and whether the shopper came back", async ({ browser }) => {
    const context = await newPinnedContext(browser);
    const account = fixtures.serve('/account');
    const product = fixtures.serve('/product');
    const cart = fixtures.serve('/cart');

    // First visit: the account page says who this is; the shopper rates the next page.
    const first = await context.newPage();
    await first.goto(account);
    await expect(first.getByRole('button', { name: 'Feedback' })).toBeVisible(); // tp.js is running
    await callTouchpoint(first, 'identify', { plan: 'gold', profile: { email: 'ada@example.com' } });
    await first.goto(product);
    await rate(first);
    await expect.poll(() => stored('/product')).toEqual({ returning_visitor: 0, attributes: JSON.stringify({ plan: 'gold' }) });

    // A later visit (a new tab: a new session, the same browser): returning, and nothing identified yet.
    const second = await context.newPage();
    await second.goto(cart);
    await rate(second);
    await expect.poll(() => stored('/cart')).toEqual({ returning_visitor: 1, attributes: null });
    await context.close();
  });

  test('under Global Privacy Control the rating says neither, and the browser keeps nothing', async ({ browser }) => {
    const context = await newPinnedContext(browser);
    await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }));
    const page = await context.newPage();
    await page.goto(fixtures.serve('/private'));
    await expect(page.getByRole('button', { name: 'Feedback' })).toBeVisible();
    await callTouchpoint(page, 'identify', { plan: 'gold' });
    await rate(page);
    await expect.poll(() => stored('/private')).toEqual({ returning_visitor: null, attributes: null });
    const kept = await page.evaluate(() => [...Object.keys(localStorage), ...Object.keys(sessionStorage)].filter((key) => /first-seen|new-visit|attributes/.test(key)));
    expect(kept).toEqual([]);
    await context.close();
  });
});
