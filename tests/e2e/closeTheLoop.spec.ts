import type { CaseList } from '../../shared/schemas/cases.ts';
import type { Loop } from '../../shared/schemas/loop.ts';
import { ensureDemoTouchpoints } from '../../demo/demoTouchpoints.ts';
import { ensureDemoRouting } from '../../demo/seedCases.ts';
import { dashboardAxeViolations } from './dashboardAxe.ts';
import { expect, newPinnedContext, test, type Page } from './test.ts';
import { ADMIN_TOKEN, startStack, type Stack } from './stack.ts';
import { startTestSmtpServer } from '../../server/test/cases/testSmtpServer.ts';

// The whole loop in Chromium: a shopper's complaint on the demo shop becomes a
// case routed to Engineering, a member answers it by e-mail (received by a real
// SMTP server started here) and resolves it, and the loop view counts it.

const MEMBER = { email: 'mia@shop.example', password: 'correct horse battery staple' };
const VIEWER = { email: 'vic@shop.example', password: 'correct horse battery staple' };
const SHOPPER_EMAIL = 'ada@customer.example';
const COMMENT = 'Payment failed twice, the card was charged once';
const BROWSER_AGENT = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const REPLY = 'We found the payment timeout you hit and fixed it. Sorry for the trouble!';

let stack: Stack;
let smtp: Awaited<ReturnType<typeof startTestSmtpServer>>;
test.beforeEach(async () => {
  smtp = await startTestSmtpServer();
  stack = await startStack({ env: { TOUCHPOINT_SMTP_URL: smtp.url, TOUCHPOINT_MAIL_FROM: 'shop@demo.example' } });
  // The demo's set-up, as `npm run demo:seed` makes it: its touchpoints, and its rule sending the payment touchpoint to Engineering.
  const api = { collectorUrl: stack.collectorUrl, adminToken: ADMIN_TOKEN };
  await ensureDemoTouchpoints(api, stack.site.key);
  await ensureDemoRouting(api, stack.site.key);
  for (const [person, role] of [[MEMBER, 'member'], [VIEWER, 'viewer']] as const) {
    const user = await stack.admin<{ id: number }>('POST', '/api/users', { ...person, role });
    await stack.admin('PUT', `/api/users/${user.id}/sites`, { sites: [stack.site.key] });
  }
});
test.afterEach(async () => {
  await stack.stop();
  await smtp.close();
});

const loop = () => stack.admin<Loop>('GET', `/api/sites/${stack.site.key}/loop`);

async function signInAs(page: Page, person: typeof MEMBER) {
  await page.goto(`${stack.collectorUrl}/login`);
  await page.getByLabel('E-mail').fill(person.email);
  await page.getByLabel('Password').fill(person.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

test('a complaint on the payment page reaches Engineering, is answered by e-mail and resolved, and the loop counts it', async ({ page, browser }) => {
  const before = await loop();

  // The shopper rates the payment page 1, says why, and asks to be contacted.
  await page.goto(`${stack.demoUrl}/checkout/payment`);
  await page.getByRole('button', { name: 'Feedback' }).click();
  const form = page.getByRole('dialog', { name: 'How was this page?' });
  await form.getByText('Very bad').click();
  await form.getByRole('textbox', { name: /Anything to add/ }).fill(COMMENT);
  await form.getByRole('checkbox', { name: 'E-mail me about this' }).check();
  await form.getByRole('textbox', { name: 'Your e-mail' }).fill(SHOPPER_EMAIL);
  await form.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByRole('dialog').getByText('Thank you!')).toBeVisible();

  // A member finds it in the inbox, routed to Engineering.
  const team = await (await newPinnedContext(browser, { viewport: { width: 1280, height: 900 } })).newPage();
  await signInAs(team, MEMBER);
  await team.goto(`${stack.collectorUrl}/inbox?site=${stack.site.key}`);
  const cases = team.getByRole('list', { name: 'Cases' });
  const row = cases.getByRole('listitem').filter({ hasText: COMMENT });
  await expect(row).toContainText('Engineering');
  await expect(row).toContainText('Unassigned');
  await expect(team.getByRole('navigation', { name: 'Case status' }).getByRole('link', { name: /^New/ })).toContainText('1');
  expect(await dashboardAxeViolations(team)).toEqual([]);
  await team.screenshot({ path: 'test-results/inbox-1280.png', fullPage: true });

  // The keyboard: j moves to the case, a assigns it to the signed-in member.
  await team.keyboard.press('j');
  await team.keyboard.press('a');
  await expect(team.getByRole('status').filter({ hasText: 'assigned to you' })).toBeVisible();
  await expect(row).toContainText(MEMBER.email);
  await team.keyboard.press('?');
  const keys = team.getByRole('dialog', { name: 'Keyboard' });
  await expect(keys).toContainText('Resolve the selected cases');
  await team.keyboard.press('Escape');
  await expect(keys).toBeHidden();

  // The case page: the shopper's words as text, the visit, the reply in the shopper's language.
  await row.getByRole('link').click();
  await expect(team.getByRole('heading', { level: 1 })).toHaveText(COMMENT);
  await expect(team.getByRole('region', { name: 'The visit' })).toContainText('/checkout/payment');
  const reply = team.getByRole('region', { name: 'Reply to the customer' });
  await expect(reply.getByLabel('Language')).toHaveValue('en');
  await reply.getByLabel('Message').fill(REPLY);
  expect(await dashboardAxeViolations(team)).toEqual([]);
  await team.screenshot({ path: 'test-results/case-1280.png', fullPage: true });
  await reply.getByRole('button', { name: 'Send reply' }).click();
  await expect(reply.getByRole('status')).toHaveText(/Reply sent/);

  // The SMTP server receives exactly one mail to the shopper, the reply, with a one-click opt-out;
  // the only other one is the assignment mail to the member who took the case.
  const toShopper = () => smtp.received.filter((m) => m.envelopeTo.includes(SHOPPER_EMAIL));
  await expect.poll(() => toShopper().length, { timeout: 15_000 }).toBe(1);
  expect(smtp.received.filter((m) => !m.envelopeTo.includes(SHOPPER_EMAIL)).map((m) => [m.envelopeTo, m.headers.get('subject')])).toEqual([
    [[MEMBER.email], expect.stringMatching(/^Case #\d+ assigned to you \(Engineering\)$/)],
  ]);
  const [mail] = toShopper();
  expect(mail!.headers.get('from')).toContain('shop@demo.example');
  expect(mail!.text).toContain(REPLY);
  expect(mail!.headers.get('list-unsubscribe')).toMatch(/^<https?:\/\/.+>/);
  expect(mail!.headers.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');

  // Resolved: the audit trail shows every step.
  await team.getByRole('button', { name: 'Resolve', exact: true }).click();
  await expect(team.getByRole('region', { name: 'Status and owner' }).getByLabel('Status')).toHaveValue('resolved');
  const trail = team.getByRole('list', { name: 'Audit trail' });
  await expect(trail).toContainText('Assignee');
  await expect(trail).toContainText('Customer told');
  await expect(trail).toContainText('Status: New → Resolved');

  // The loop view: one more case resolved and told, with its times.
  await team.goto(`${stack.collectorUrl}/loop?site=${stack.site.key}`);
  const totals = team.getByText(/^Cases \d/);
  await expect(totals).toContainText(`customers told ${before.told + 1} ·`);
  const after = await loop();
  expect(after.told).toBe(before.told + 1);
  expect(after.resolution.median).not.toBeNull();
  const figures = team.getByRole('list', { name: 'Loop figures' });
  await expect(figures.getByRole('listitem').filter({ hasText: 'Resolution, median' })).not.toContainText('—');
  expect(await dashboardAxeViolations(team)).toEqual([]);
  await team.screenshot({ path: 'test-results/loop-1280.png', fullPage: true });

  // The same three pages on a phone.
  const phone = await (await newPinnedContext(browser, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })).newPage();
  await signInAs(phone, MEMBER);
  const caseId = (await stack.admin<{ cases: { id: number }[] }>('GET', `/api/sites/${stack.site.key}/cases`)).cases[0]!.id;
  for (const [name, path] of [
    ['inbox', `/inbox?site=${stack.site.key}`],
    ['case', `/case?site=${stack.site.key}&id=${caseId}`],
    ['loop', `/loop?site=${stack.site.key}`],
  ] as const) {
    await phone.goto(stack.collectorUrl + path);
    await expect(phone.getByRole('heading', { level: 1 })).toBeVisible();
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${name} fits a 390 px screen`).toBeLessThanOrEqual(0);
    await phone.screenshot({ path: `test-results/${name}-390.png`, fullPage: true });
  }

  // A viewer reads the same case but cannot act on it.
  const viewer = await (await newPinnedContext(browser)).newPage();
  await signInAs(viewer, VIEWER);
  await viewer.goto(`${stack.collectorUrl}/inbox?site=${stack.site.key}`);
  await expect(viewer.getByRole('list', { name: 'Cases' })).toContainText(COMMENT);
  await expect(viewer.getByRole('checkbox', { name: /Select case/ })).toHaveCount(0);
  await viewer.goto(`${stack.collectorUrl}/case?site=${stack.site.key}&id=${caseId}`);
  await expect(viewer.getByRole('heading', { level: 1 })).toHaveText(COMMENT);
  await expect(viewer.getByLabel('Status', { exact: true })).toBeDisabled();
  await expect(viewer.getByRole('button', { name: /Send reply|Resolve|Add note/ })).toHaveCount(0);
});

test('resolving the problem from one of its cases resolves all its open cases and tells their customers in one message', async ({ browser }) => {
  // Two shoppers hit the same payment trouble; only the first asks to be answered. (As a browser: the bot filter drops Node's fetch.)
  const origin = new URL(stack.demoUrl).origin;
  for (const [id, contact] of [['resp_fixedPay01', { email: SHOPPER_EMAIL, consent: true }], ['resp_fixedPay02', undefined]] as const) {
    const res = await fetch(`${stack.collectorUrl}/v1/responses`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin, 'user-agent': BROWSER_AGENT },
      body: JSON.stringify({ type: 'page_rating', id, site: stack.site.key, rating: 1, path: '/checkout/payment', comment: COMMENT, contact }),
    });
    expect(res.status).toBe(202);
  }
  const cases = () => stack.admin<CaseList>('GET', `/api/sites/${stack.site.key}/cases`);
  await expect.poll(async () => (await cases()).cases.length).toBe(2);
  const [first] = (await cases()).cases;

  const team = await (await newPinnedContext(browser, { viewport: { width: 1280, height: 900 } })).newPage();
  await signInAs(team, MEMBER);
  await team.goto(`${stack.collectorUrl}/case?site=${stack.site.key}&id=${first!.id}`);
  await team.getByRole('button', { name: 'Resolve this problem…' }).click();
  const form = team.getByRole('form', { name: 'Resolve this problem' });
  const message = form.getByLabel('Message to their customers');
  await expect(message).toHaveValue(/fixed it/);
  await message.fill(REPLY);
  expect(await dashboardAxeViolations(team)).toEqual([]);
  await team.screenshot({ path: 'test-results/resolve-problem-1280.png', fullPage: true });
  await form.getByRole('button', { name: 'Resolve the open cases' }).click();
  await expect(form.getByRole('status')).toHaveText('Resolved 2 cases; 1 customer told.');
  await expect(team.getByRole('region', { name: 'Status and owner' }).getByLabel('Status')).toHaveValue('resolved');
  expect((await cases()).cases.map((c) => [c.status, c.customerTold]).sort()).toEqual([['resolved', false], ['resolved', true]]);

  // One message, to the one customer who asked.
  await expect.poll(() => smtp.received.length, { timeout: 15_000 }).toBe(1);
  expect(smtp.received[0]!.envelopeTo).toEqual([SHOPPER_EMAIL]);
  expect(smtp.received[0]!.text).toContain(REPLY);
  await team.setViewportSize({ width: 390, height: 844 });
  await team.screenshot({ path: 'test-results/resolve-problem-390.png', fullPage: true });
});
