import { expect, newPinnedContext, test, type Page } from './test.ts';
import type { SurveyInput } from '../../shared/schemas/survey.ts';
import type { SurveyResults } from '../../shared/schemas/surveyResults.ts';
import { startStack, type Stack } from './stack.ts';
import { callTouchpoint, startFixtures, widgetAxeViolations, type Fixtures } from './widgetFixtures.ts';

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

/** After an order: NPS, then for detractors and passives what to improve. */
const AFTER_ORDER: SurveyInput = {
  key: 'after_order',
  name: 'After an order',
  status: 'live',
  questions: [
    { id: 'nps', type: 'nps' },
    { id: 'improve', type: 'open_text', text: 'What should we improve?', showIf: { question: 'nps', bands: ['detractor', 'passive'] } },
  ],
  trigger: { type: 'event', event: 'order_completed' },
};

/** Puts a survey on the demo shop's site, or on another (the fixture pages'). */
const putSurvey = (survey: SurveyInput, site = stack.site.key) => stack.admin('PUT', `/api/sites/${site}/surveys/${survey.key}`, survey);
const results = (survey: string, site = stack.site.key) => stack.admin<SurveyResults>('GET', `/api/sites/${site}/surveys/${survey}/results`);
const track = (page: Page, event: string) => callTouchpoint(page, 'track', event, { value: 42 });

test("an NPS survey set off by touchpoint('track') is answered with the keyboard alone, reaches the API, and is not shown again after a reload", async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await putSurvey(AFTER_ORDER);
  await page.goto(`${stack.demoUrl}/checkout/thank-you`);
  await expect(page.getByRole('button', { name: 'Feedback' })).toBeVisible();
  await track(page, 'order_completed');

  const dialog = page.getByRole('dialog', { name: 'Quick survey' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('group', { name: 'How likely are you to recommend us to a friend or colleague?' })).toBeVisible();
  // Focus starts on the scale; arrow keys move along it and choose.
  await expect(dialog.getByRole('radio', { name: '0 – Not at all likely' })).toBeFocused();
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
  await expect(dialog.getByRole('radio', { name: '6', exact: true })).toBeChecked();
  await page.screenshot({ path: 'test-results/survey-nps.png' });
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Next' })).toBeFocused();
  await page.keyboard.press('Enter');

  // A detractor is asked the follow-up; the score is already stored.
  const improve = dialog.getByRole('textbox', { name: 'What should we improve?' });
  await expect(improve).toBeFocused();
  await page.keyboard.type('Delivery took two weeks');
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Send' })).toBeFocused();
  await page.keyboard.press('Tab'); // Tab stays inside: round to the close button
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(dialog.getByText('Thank you!')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Close' }).last()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(errors).toEqual([]);

  await expect
    .poll(async () => {
      const r = await results('after_order');
      return { ...r.totals, nps: r.questions.find((q) => q.id === 'nps')?.distribution.find((d) => d.value === '6')?.count, text: r.openText.map((a) => a.text) };
    })
    .toMatchObject({ shown: 1, answered: 1, completed: 1, nps: 1, text: ['Delivery took two weeks'] });

  await page.reload();
  await expect(page.getByRole('button', { name: 'Feedback' })).toBeVisible();
  await track(page, 'order_completed');
  await page.waitForTimeout(1500);
  await expect(dialog).toBeHidden();
  expect((await results('after_order')).totals.shown).toBe(1);
});

test('the same survey on a page in zh-CN speaks Simplified Chinese', async ({ page }) => {
  await putSurvey(AFTER_ORDER, fixtures.siteKey);
  await page.goto(fixtures.serve('/checkout/thank-you', { lang: 'zh-CN', body: '<main><h1>谢谢您的订单</h1></main>' }));
  await expect(page.getByRole('button', { name: '意见反馈' })).toBeVisible();
  await track(page, 'order_completed');
  const dialog = page.getByRole('dialog', { name: '简短调查' });
  await expect(dialog.getByRole('group', { name: '您有多大可能向朋友或同事推荐我们？' })).toBeVisible();
  await expect(dialog.getByRole('radio', { name: '0 – 完全不可能' })).toBeVisible();
  await expect(dialog.getByRole('radio', { name: '10 – 非常可能' })).toBeVisible();
  await expect(dialog.getByRole('button', { name: '提交' })).toBeVisible(); // nothing chosen yet: no follow-up ahead
  await expect(dialog.getByRole('button', { name: '关闭' })).toBeVisible();
  await dialog.getByRole('button', { name: '提交' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('请先选择一个答案。');
  await dialog.getByRole('radio', { name: '3', exact: true }).check();
  await expect(dialog.getByRole('button', { name: '下一题' })).toBeVisible();
  await page.screenshot({ path: 'test-results/survey-zh-CN.png' });
  expect(await widgetAxeViolations(page)).toEqual([]);
});

test('a single-page app shows a survey when a pushState route matches its pages', async ({ page }) => {
  const pricing: SurveyInput = {
    key: 'pricing',
    name: 'Pricing page',
    status: 'live',
    questions: [{ id: 'clear', type: 'thumbs', text: 'Are our prices clear?' }],
    trigger: { type: 'pageview' },
    targeting: { pages: [{ type: 'prefix', value: '/app/pricing' }] },
  };
  await putSurvey(pricing, fixtures.siteKey);
  const body = `<nav><button id="home">Home</button> <button id="pricing">Pricing</button></nav><main><h1 id="title">Home</h1></main>
    <script>
      const go = (path, title) => { history.pushState({}, '', path); document.getElementById('title').textContent = title; };
      document.getElementById('home').onclick = () => go('/app/', 'Home');
      document.getElementById('pricing').onclick = () => go('/app/pricing', 'Pricing');
    </script>`;
  await page.goto(fixtures.serve('/app/*', { body }));
  await expect(page.getByRole('button', { name: 'Feedback' })).toBeVisible();
  await page.waitForTimeout(1000);
  const dialog = page.getByRole('dialog', { name: 'Quick survey' });
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Pricing' }).click();
  await expect(page).toHaveURL(/\/app\/pricing$/);
  await expect(dialog).toBeVisible();
  await dialog.getByRole('radio', { name: 'Yes' }).check();
  await dialog.getByRole('button', { name: 'Send' }).click();
  await expect(dialog.getByText('Thank you!')).toBeVisible();
  await expect
    .poll(async () => (await results('pricing', fixtures.siteKey)).questions[0]!.distribution.map((d) => [d.value, d.count]))
    .toEqual([['0', 0], ['1', 1]]);
});

/** Every question type, in two surveys (five questions at most each). */
const EVERY_TYPE: SurveyInput[] = [
  {
    key: 'scores',
    name: 'Scores',
    status: 'live',
    trigger: { type: 'event', event: 'show_scores' },
    questions: [
      { id: 'nps', type: 'nps' },
      { id: 'csat', type: 'csat', style: 'stars' },
      { id: 'ces', type: 'ces' },
      { id: 'thumbs', type: 'thumbs' },
      { id: 'csat_faces', type: 'csat', style: 'faces', text: 'How was delivery?' },
    ],
  },
  {
    key: 'choices',
    name: 'Choices',
    status: 'live',
    trigger: { type: 'event', event: 'show_choices' },
    questions: [
      { id: 'found', type: 'single_choice', text: 'Did you find what you came for?', options: [{ id: 'yes', label: 'Yes, all of it' }, { id: 'some', label: 'Some of it' }, { id: 'no', label: 'No' }] },
      { id: 'topics', type: 'multiple_choice', text: 'What were you looking for?', options: [{ id: 'jackets', label: 'Jackets' }, { id: 'packs', label: 'Packs' }, { id: 'repairs', label: 'Repairs' }] },
      { id: 'numbers', type: 'csat', text: 'How satisfied are you with our range?' },
      { id: 'other', type: 'open_text', text: 'Anything else?', placeholder: 'Optional' },
    ],
  },
];

for (const scheme of ['light', 'dark'] as const) {
  test(`every question type passes axe-core in the ${scheme} theme, answered by keyboard`, async ({ browser }) => {
    for (const survey of EVERY_TYPE) await putSurvey(survey);
    for (const survey of EVERY_TYPE) {
      // A new browser for each survey: one survey per visit, then the cooldown.
      const context = await newPinnedContext(browser, { colorScheme: scheme });
      const page = await context.newPage();
      await page.goto(`${stack.demoUrl}/product/trail-jacket`);
      await expect(page.getByRole('button', { name: 'Feedback' })).toBeVisible();
      await track(page, `show_${survey.key}`);
      const dialog = page.getByRole('dialog', { name: 'Quick survey' });
      await expect(dialog).toBeVisible();
      for (const question of survey.questions) {
        expect(await widgetAxeViolations(page), `${survey.key}/${question.id}`).toEqual([]);
        await dialog.screenshot({ path: `test-results/survey-${scheme}-${question.id}.png` });
        if (question.type === 'open_text') await page.keyboard.type('Good range');
        else if (question.type === 'multiple_choice') await page.keyboard.press('Space');
        else await page.keyboard.press('ArrowRight');
        // To the Next or Send button: past the other checkboxes of a multiple choice.
        const button = dialog.getByRole('button', { name: /^(Next|Send)$/ });
        for (let i = 0; i < 5 && !(await button.evaluate((el) => (el.getRootNode() as ShadowRoot).activeElement === el)); i++) await page.keyboard.press('Tab');
        await page.keyboard.press('Enter');
      }
      await expect(dialog.getByText('Thank you!')).toBeVisible();
      expect(await widgetAxeViolations(page), `${survey.key} thanks`).toEqual([]);
      await context.close();
    }
    await expect.poll(async () => (await results('scores')).totals.completed).toBe(1);
  });
}

test('on a phone, right to left, the survey fits the screen, its targets are at least 24 px, and it passes axe-core', async ({ browser }) => {
  await putSurvey({ ...AFTER_ORDER, strings: { ar: { survey: 'استطلاع سريع', 'nps.text': 'ما مدى احتمال أن توصي بنا لصديق؟', next: 'التالي', send: 'إرسال' } } }, fixtures.siteKey);
  const context = await newPinnedContext(browser, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto(fixtures.serve('/order/done', { lang: 'ar', dir: 'rtl', body: '<main><h1>شكرا لطلبك</h1></main>' }));
  await expect(page.locator('touchpoint-widget')).toHaveAttribute('dir', 'rtl');
  await track(page, 'order_completed');
  // The site translated this survey into Arabic: its words win over the bundled English.
  const dialog = page.getByRole('dialog', { name: 'استطلاع سريع' });
  await expect(dialog.getByRole('group', { name: 'ما مدى احتمال أن توصي بنا لصديق؟' })).toBeVisible();
  const box = (await dialog.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  const zero = (await dialog.getByText('0', { exact: true }).boundingBox())!;
  const ten = (await dialog.getByText('10', { exact: true }).boundingBox())!;
  expect(zero.x).toBeGreaterThan(ten.x); // the scale runs right to left
  expect(Math.min(zero.width, zero.height, ten.width, ten.height)).toBeGreaterThanOrEqual(24);
  await dialog.getByRole('radio', { name: '9', exact: true }).tap();
  expect(await widgetAxeViolations(page)).toEqual([]);
  await page.screenshot({ path: 'test-results/survey-phone-rtl.png' });
  await dialog.getByRole('button', { name: 'إرسال' }).tap();
  await expect(dialog.getByText('Thank you!')).toBeVisible();
  await context.close();
});
