import type { Campaign } from '../../shared/schemas/campaigns.ts';
import type { Channels } from '../../shared/schemas/channels.ts';
import type { SurveyInput } from '../../shared/schemas/survey.ts';
import { verifyResponseToken } from '../../server/src/channels/responseToken.ts';
import { startTestSmtpServer } from '../../server/test/cases/testSmtpServer.ts';
import { partsOf } from '../../server/test/channels/campaignTestApp.ts';
import { e2eNow } from './clock.ts';
import { dashboardAxeViolations } from './dashboardAxe.ts';
import { signIn } from './signIn.ts';
import { startStack, type Stack } from './stack.ts';
import { expect, newPinnedContext, test } from './test.ts';

// A post-purchase campaign in Chromium: a member creates it, uploads the list,
// previews the mail in English and Chinese and sends it; the test SMTP server
// receives each invitation with its one-click scores and unsubscribe; a
// customer clicks a score in her mail and finishes the survey on the hosted page.

const SURVEY: SurveyInput = {
  key: 'after-order',
  name: 'After an order',
  status: 'live',
  questions: [
    { id: 'recommend', type: 'nps' },
    { id: 'why', type: 'open_text', text: 'What is the main reason for your score?' },
  ],
  trigger: { type: 'event', event: 'order_completed' },
};
const LIST = [
  'email,name,language,order_id',
  'ada@customer.example,Ada,en,A-1001',
  'mei@customer.example,美,zh-CN,A-1002',
  'not an address,Bo,en,A-1003',
  'ADA@customer.example,Ada again,en,A-1004',
].join('\n');

let stack: Stack;
let smtp: Awaited<ReturnType<typeof startTestSmtpServer>>;
test.beforeEach(async () => {
  smtp = await startTestSmtpServer();
  stack = await startStack({ env: { TOUCHPOINT_SMTP_URL: smtp.url, TOUCHPOINT_MAIL_FROM: 'shop@demo.example' } });
  await stack.admin('PUT', `/api/sites/${stack.site.key}/surveys/${SURVEY.key}`, SURVEY);
});
test.afterEach(async () => {
  await stack.stop();
  await smtp.close();
});

test('a member sends a campaign; each customer receives it in their language with one-click scores', async ({ page, browser }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, stack);
  await page.goto(`${stack.collectorUrl}/campaigns?site=${stack.site.key}`);
  await expect(page.getByRole('heading', { name: 'Campaigns', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'New campaign' }).click();
  await page.getByLabel('Name').fill('Post-purchase');
  await expect(page.getByLabel('Key')).toHaveValue('post-purchase');
  await page.getByLabel('Reminder after (days)').fill('3');
  await page.getByRole('checkbox', { name: /zh-CN/ }).check();
  await page.locator('#campaign-subject-en').fill('How was order {{order_id}}, {{name}}?');
  await page.locator('#campaign-intro-en').fill('Thank you for shopping with us. One click tells us how we did.');
  await page.locator('#campaign-subject-zh-CN').fill('{{name}}，订单 {{order_id}} 的体验如何？');
  await page.locator('#campaign-intro-zh-CN').fill('感谢您的惠顾。点一下告诉我们做得怎么样。');
  await page.screenshot({ path: 'test-results/campaigns-new-1280.png', fullPage: true });
  await expect(page.getByLabel('Survey')).toHaveValue(SURVEY.key);
  await page.getByRole('button', { name: 'Create campaign' }).click();
  await expect(page).toHaveURL(/\/campaign\?site=.*&campaign=post-purchase/);
  await expect(page.getByRole('heading', { name: 'Post-purchase', level: 1 })).toBeVisible();

  // The list: two used, the bad address and the duplicate reported by line.
  await page.getByLabel('CSV file').setInputFiles({ name: 'customers.csv', mimeType: 'text/csv', buffer: Buffer.from(LIST) });
  await page.getByRole('button', { name: 'Upload list' }).click();
  const report = page.getByRole('status').filter({ hasText: 'recipients added' });
  await expect(report).toContainText('2 recipients added; 2 rows not used');
  const rows = page.getByRole('table', { name: 'Rows not used' }).getByRole('row');
  await expect(rows.nth(1)).toContainText('4');
  await expect(rows.nth(1)).toContainText('not an address');
  await expect(rows.nth(2)).toContainText('Duplicate');

  // The preview, per language, in a sandboxed frame.
  const frame = page.frameLocator('iframe.campaign-preview-frame');
  await expect(frame.getByText('Thank you for shopping with us.')).toBeVisible();
  await expect(frame.getByRole('link', { name: '10', exact: true })).toBeVisible();
  await expect(page.locator('iframe.campaign-preview-frame')).toHaveAttribute('sandbox', '');
  await page.getByRole('button', { name: 'zh-CN' }).click();
  await expect(frame.getByText('感谢您的惠顾。')).toBeVisible();
  await expect(page.getByText('Alex，订单 [order_id] 的体验如何？')).toBeVisible();
  expect(await dashboardAxeViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Send to 2 recipients' }).click();
  // Mail cannot be called back: the page asks first.
  await expect(page.getByRole('group', { name: 'Confirm: Send to 2 recipients' })).toContainText('60 a minute');
  expect(smtp.received).toHaveLength(0);
  await page.locator('.campaign-actions').screenshot({ path: 'test-results/campaign-confirm-send-1280.png' });
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'invitations queued' })).toContainText('2 invitations queued');
  await expect.poll(() => smtp.received.length, { timeout: 15_000 }).toBe(2);
  await page.reload();
  await expect(page.getByRole('table', { name: 'Recipients' })).toContainText('ada@customer.example');
  await expect(page.getByRole('table', { name: 'Recipients' }).getByText('Sent', { exact: true })).toHaveCount(2);
  await page.screenshot({ path: 'test-results/campaign-1280.png', fullPage: true });
  const phone = await (await newPinnedContext(browser, { viewport: { width: 390, height: 844 }, storageState: await page.context().storageState() })).newPage();
  await phone.goto(page.url());
  await expect(phone.getByRole('heading', { name: 'Post-purchase', level: 1 })).toBeVisible();
  await expect(phone.frameLocator('iframe.campaign-preview-frame').getByText('Thank you for shopping with us.')).toBeVisible();
  await phone.screenshot({ path: 'test-results/campaign-390.png', fullPage: true });
  // A full-page shot leaves the sandboxed frame blank below the fold: the mail as a phone shows it.
  await phone.locator('iframe.campaign-preview-frame').screenshot({ path: 'test-results/campaign-preview-390.png' });
  await phone.goto(`${stack.collectorUrl}/campaigns?site=${stack.site.key}`);
  await expect(phone.getByRole('table', { name: 'Campaigns' })).toContainText('Post-purchase');
  await phone.screenshot({ path: 'test-results/campaigns-390.png', fullPage: true });
  await page.goto(`${stack.collectorUrl}/campaigns?site=${stack.site.key}`);
  await page.screenshot({ path: 'test-results/campaigns-1280.png', fullPage: true });

  // Each customer's mail, in their language, with the RFC 8058 unsubscribe and the scores.
  const mei = smtp.received.find((m) => m.envelopeTo.includes('mei@customer.example'))!;
  expect(mei.headers.get('subject')).toBe('美，订单 A-1002 的体验如何？');
  expect(mei.headers.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
  const ada = smtp.received.find((m) => m.envelopeTo.includes('ada@customer.example'))!;
  expect(ada.headers.get('subject')).toBe('How was order A-1001, Ada?');
  const scoreUrl = /(http:\/\/\S+\/r\/(\S+))\?score=9/.exec(partsOf(ada).text)!;
  const check = verifyResponseToken(stack.db, scoreUrl[2]!, e2eNow());
  // The token names Ada's invitation (never her address), for this survey and campaign.
  const adaRow = stack.db.prepare('SELECT id FROM campaign_recipients WHERE email = ?').get('ada@customer.example') as { id: number };
  expect(check.ok && check.payload).toMatchObject({ survey: SURVEY.key, campaign: 'post-purchase', channel: 'email', recipient: String(adaRow.id) });
  const meiScore = /http:\/\/\S+\/r\/(\S+)\?score=9/.exec(partsOf(mei).text)!;
  expect(meiScore[1]).not.toBe(scoreUrl[2]);

  const campaign = await stack.admin<Campaign>('GET', `/api/sites/${stack.site.key}/campaigns/post-purchase`);
  expect(campaign).toMatchObject({ status: 'sent', counts: { recipients: 2, sent: 2 } });

  // Ada opens her mail, clicks 9, and finishes the survey on the hosted page.
  const inbox = await page.context().newPage();
  await inbox.setContent(partsOf(ada).html);
  await inbox.getByRole('link', { name: '9', exact: true }).click();
  await expect(inbox).toHaveURL(new RegExp(`/s/${stack.site.key}/${SURVEY.key}\\?t=`));
  await inbox.getByRole('textbox', { name: 'What is the main reason for your score?' }).fill('Quick delivery');
  await inbox.getByRole('button', { name: 'Send' }).click();
  await expect(inbox.getByRole('status')).toBeVisible();
  await inbox.screenshot({ path: 'test-results/campaign-hosted-answered.png' });

  // Her answers are the campaign's and the e-mail channel's; Mei's invitation still waits for one.
  await expect.poll(async () => (await stack.admin<Campaign>('GET', `/api/sites/${stack.site.key}/campaigns/post-purchase`)).counts.answered).toBe(1);
  const stored = stack.db.prepare('SELECT question, score, value, channel, campaign FROM survey_answers ORDER BY question').all();
  expect(stored).toEqual([
    { question: 'recommend', score: 9, value: null, channel: 'email', campaign: 'post-purchase' },
    { question: 'why', score: null, value: 'Quick delivery', channel: 'email', campaign: 'post-purchase' },
  ]);
  await page.goto(`${stack.collectorUrl}/campaign?site=${stack.site.key}&campaign=post-purchase`);
  const log = page.getByRole('table', { name: 'Recipients' });
  await expect(log.getByRole('row').filter({ hasText: 'ada@customer.example' })).toContainText('Answered');
  await expect(log.getByRole('row').filter({ hasText: 'mei@customer.example' })).toContainText('Sent');

  // The Channels view shows her answer in the survey table, under Email, with the API's numbers.
  await page.goto(`${stack.collectorUrl}/channels?site=${stack.site.key}`);
  const surveys = page.getByRole('table', { name: /Each survey's score per channel/ });
  await expect(surveys.getByRole('columnheader')).toHaveText(['Survey', 'Share of answers', 'Email']);
  const channels = await stack.admin<Channels>('GET', `/api/sites/${stack.site.key}/channels`);
  expect(channels.surveys).toEqual([
    expect.objectContaining({ survey: SURVEY.key, scoreType: 'nps', n: 1, cells: [expect.objectContaining({ channel: 'email', n: 1, share: 1, vsWeb: null })] }),
  ]);
  expect(channels.surveys[0]!.cells[0]!.score).toMatchObject({ value: 100, enough: false });
  const row = surveys.getByRole('row', { name: /^After an order/ });
  await expect(row.getByRole('rowheader')).toContainText(/\b1 answer$/);
  await expect(row.getByRole('cell').nth(0)).toContainText('Email 100%');
  await expect(row.getByRole('cell').nth(1)).toContainText('Not enough data');
  await expect(row.getByRole('cell').nth(1)).toContainText('n = 1');
});
