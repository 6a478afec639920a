import { PostgresDb } from '../../server/src/db/postgres/PostgresDb.ts';
import { startThrowawayCluster, type ThrowawayCluster } from '../../server/test/postgres/throwawayCluster.ts';
import { startStack, type Stack } from './stack.ts';
import { expect, test } from './test.ts';

// The real widget on the demo shop, sending to a collector started with
// TOUCHPOINT_DATABASE_URL on a throwaway PostgreSQL cluster of its own.

let cluster: ThrowawayCluster;
let stack: Stack;
let database: string;
test.beforeAll(async () => {
  cluster = await startThrowawayCluster();
  const admin = new PostgresDb(cluster.url('postgres'));
  admin.exec('CREATE DATABASE touchpoint');
  admin.close();
  database = cluster.url('touchpoint');
  stack = await startStack({ env: { TOUCHPOINT_DATABASE_URL: database } });
});
test.afterAll(async () => {
  await stack?.stop();
  cluster?.stop();
});

test('a rating sent by the widget is stored in PostgreSQL', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(`${stack.demoUrl}/checkout/shipping`);
  await page.getByRole('button', { name: 'Feedback' }).click();
  const dialog = page.getByRole('dialog', { name: 'How was this page?' });
  await dialog.getByRole('radio', { name: /^2 / }).check();
  await dialog.getByRole('textbox').fill('Stored on PostgreSQL');
  await dialog.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByRole('dialog').getByText('Thank you!')).toBeVisible();

  // The thank-you may come before the 202: wait for the row.
  const db = new PostgresDb(database);
  try {
    await expect
      .poll(() => db.prepare('SELECT path, rating, comment FROM responses').all())
      .toEqual([{ path: '/checkout/shipping', rating: 2, comment: 'Stored on PostgreSQL' }]);
  } finally {
    db.close();
  }
});
