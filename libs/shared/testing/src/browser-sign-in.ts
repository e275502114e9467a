import type { Page } from 'playwright-core';
import { demoUser, type DemoUserKey } from '@fleet/demo-users';
import { requiredStackEnv, stackUrls } from './stack-urls';

/**
 * Signs a demo user in through the dashboard's own sign-in page (labelled "Email" and "Password",
 * button "Sign in"), as an operator would, and waits until the dashboard has left that page.
 *
 * @example
 * await signInThroughDashboard(page, 'viewer');
 * await page.goto(`${stackUrls().web}/instances`);
 */
export async function signInThroughDashboard(
  page: Page,
  key: DemoUserKey,
  path = '/',
): Promise<void> {
  const password = requiredStackEnv('DEMO_PASSWORD');
  await page.goto(`${stackUrls().web}${path}`);
  await page.getByLabel('Email').fill(demoUser(key).email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // Generous: the first sign-in downloads the Cognito chunk, and the machine may be busy with
  // other stacks' cold starts.
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'), { timeout: 90_000 });
}
