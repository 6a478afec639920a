import { expect, type Page } from '@playwright/test';
import { ADMIN_TOKEN, type Stack } from './stack.ts';

/** Signs in to the dashboard with the admin token, as a site owner does on a fresh install. */
export async function signIn(page: Page, stack: Pick<Stack, 'collectorUrl'>): Promise<void> {
  await page.goto(`${stack.collectorUrl}/login`);
  // With team accounts the form asks for an e-mail first; the token is one click away.
  const useToken = page.getByRole('button', { name: 'Use the admin token instead' });
  if (await useToken.isVisible()) await useToken.click();
  await page.getByLabel('Admin token').fill(ADMIN_TOKEN);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).not.toHaveURL(/\/login/);
}
