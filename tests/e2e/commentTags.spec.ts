import { expect, test } from './test.ts';
import type { ImportedResponseInput } from '../../shared/schemas/import.ts';
import { startStack, type Stack } from './stack.ts';
import { signIn } from './signIn.ts';
import { e2eNow } from './clock.ts';

// The team's own comment tags: signed in, a tag is added to the site's set on
// the themes page, put on a comment, and the comments are filtered by it.

const daysAgo = (days: number) => new Date(e2eNow() - days * 86_400_000).toISOString();
const comments: ImportedResponseInput[] = [
  { type: 'page_rating', id: 'resp_e2e_tags_1', rating: 1, comment: 'The parcel came three days late', path: '/order', createdAt: daysAgo(1) },
  { type: 'page_rating', id: 'resp_e2e_tags_2', rating: 4, comment: 'Nice photos of the jackets', path: '/product/trail-jacket', createdAt: daysAgo(2) },
];

let stack: Stack;
test.beforeEach(async () => {
  stack = await startStack();
  await stack.admin('POST', `/api/sites/${stack.site.key}/import`, { responses: comments });
});
test.afterEach(async () => {
  await stack.stop();
});

test('a tag added to the set can be put on a comment and filtered by', async ({ page }) => {
  const cspViolations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });
  await signIn(page, stack);
  await page.goto(`${stack.collectorUrl}/themes?site=${stack.site.key}`);

  await page.getByRole('button', { name: 'Edit tags' }).click();
  const editor = page.getByRole('region', { name: 'Comment tags' });
  await expect(editor.getByLabel('Label')).toHaveCount(5);
  await editor.getByRole('button', { name: '+ Add a tag' }).click();
  await editor.getByLabel('Label').last().fill('Delivery');
  await editor.getByLabel('What it covers').last().fill('Late, lost or damaged parcels');
  // Removing a saved tag asks first.
  await editor.getByRole('button', { name: 'Remove Empathy' }).click();
  await editor.getByRole('group', { name: 'Remove Empathy?' }).getByRole('button', { name: 'Remove' }).click();
  await editor.getByRole('button', { name: 'Save tags' }).click();
  await expect(editor.getByRole('status')).toHaveText(/Saved/);
  // The filter bar offers the saved set at once, without a reload.
  const tagChoices = page.locator('#filter-tag option');
  await expect(tagChoices.filter({ hasText: 'Delivery' })).toHaveCount(1);
  await expect(tagChoices.filter({ hasText: 'Empathy' })).toHaveCount(0);
  await page.screenshot({ path: 'test-results/comment-tags-editor.png', fullPage: true });

  const late = page.getByRole('listitem').filter({ hasText: 'three days late' });
  const deliveryTag = late.getByRole('group', { name: 'Tags' }).getByRole('button', { name: 'Delivery' });
  await expect(late.getByRole('group', { name: 'Tags' }).getByRole('button', { name: 'Empathy' })).toHaveCount(0);
  await deliveryTag.click();
  await expect(deliveryTag).toHaveAttribute('aria-pressed', 'true');

  await page.goto(`${stack.collectorUrl}/themes?site=${stack.site.key}&tag=delivery`);
  const tagged = page.getByRole('list', { name: 'Comments tagged Delivery' });
  await expect(tagged.getByRole('listitem')).toHaveCount(1);
  await expect(tagged.getByRole('listitem')).toContainText('three days late');

  expect(cspViolations).toEqual([]);
});
