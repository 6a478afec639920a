import { expect, type Page } from '@playwright/test';
import { ADMIN_TOKEN, type Stack } from './stack.ts';

/** Signs in to the dashboard with the admin token, as a site owner does on a fresh install. */
export async function signIn(page: Page, stack: Pick<Stack, 'collectorUrl'>): Promise<void> {
  await page.goto(`${stack.collectorUrl}/login`);
  // With team accounts the form asks for an e-mail first; the token is one click away.
  // The form is chosen once the page has asked whether there are accounts: wait for it before looking.
  const useToken = page.getByRole('button', { name: 'Use the admin token instead' });
  const tokenField = page.getByLabel('Admin token');
  await expect(useToken.or(tokenField).first()).toBeVisible();
  if (await useToken.isVisible()) await useToken.click();
  await tokenField.fill(ADMIN_TOKEN);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).not.toHaveURL(/\/login/);
}
