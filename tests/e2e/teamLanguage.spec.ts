import type { Teams } from '../../shared/schemas/teams.ts';
import { signIn } from './signIn.ts';
import { startStack, type Stack } from './stack.ts';
import { expect, test } from './test.ts';

// A site owner gives Engineering an address and Simplified Chinese on the
// Routing page: the Monday digest e-mail is then written to it in that language.

let stack: Stack;
test.beforeEach(async () => {
  stack = await startStack();
});
test.afterEach(async () => {
  await stack.stop();
});

test('a team gets an address and a language for its digest from the Routing page', async ({ page }) => {
  await signIn(page, stack);
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`${stack.collectorUrl}/routing?site=${stack.site.key}`);
    await page.getByRole('button', { name: 'Edit teams' }).click();
    await page.locator('#team-0-email').fill('eng@shop.example');
    await page.locator('#team-0-lang').selectOption('zh-CN');
    await page.getByRole('button', { name: 'Save teams' }).click();
    await expect(page.getByRole('list', { name: 'Teams' })).toContainText('eng@shop.example · Chinese (Simplified)');
  }
  const saved = await stack.admin<Teams>('GET', `/api/sites/${stack.site.key}/teams`);
  expect(saved.teams[0]).toMatchObject({ key: 'engineering', email: 'eng@shop.example', lang: 'zh-CN' });
  expect(saved.teams.slice(1).every((team) => team.lang === 'en')).toBe(true);
});
