import type { Instance, InstancePage } from '@fleet/contract';
import {
  callApi,
  demoUser,
  dashboardPagePerTest,
  dashboardUrl,
  signInThroughDashboard,
  type DemoUserKey,
} from '@fleet/testing';
import type { Page } from 'playwright-core';

// The dashboard built and served by `vite preview`, signing in to the stack's local Cognito and
// calling the API through the Lambda authorizer, as on AWS.
jest.setTimeout(120_000);
const WAIT_MS = 45_000;
// Signing in loads the Cognito chunk and asks the local Cognito; on a 2-core machine shared with
// other stacks that has taken longer than a page's usual wait.
const SIGN_IN_WAIT_MS = 90_000;
const ROW = '[data-testid="instance-row"]';

let page: Page;

dashboardPagePerTest({ viewport: { width: 1440, height: 900 }, timeoutMs: WAIT_MS }, (opened) => {
  page = opened;
});

async function teamsOnScreen(): Promise<string[]> {
  await page.waitForSelector(ROW);
  return page.$$eval(ROW, (rows) =>
    // The row carries its team whether or not the Team column is shown (it is off by default).
    rows.map((row) => row.getAttribute('data-team') ?? ''),
  );
}

async function fillCredentials(email: string, password: string): Promise<void> {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** An instance the admin sees, to deep-link to. */
async function someInstance(): Promise<Instance> {
  const { status, body } = await callApi<InstancePage>('/instances?limit=1');
  expect(status).toBe(200);
  const instance = body.items[0];
  if (!instance) throw new Error('the seeded fleet is empty');
  return instance;
}

describe('what each role sees', () => {
  const cases: { key: DemoUserKey; role: string; teams: string[] | 'several' }[] = [
    { key: 'admin', role: 'admin', teams: 'several' },
    { key: 'operator', role: 'operator', teams: ['payments'] },
    { key: 'viewer', role: 'viewer', teams: ['payments'] },
  ];

  it.each(cases)(
    '$key sees its role in the app bar and only its teams’ instances',
    async ({ key, role, teams }) => {
      await signInThroughDashboard(page, key, '/instances?limit=100');

      const shown = new Set(await teamsOnScreen());
      await expect(page.getByTestId('user-role').textContent()).resolves.toBe(role);
      await expect(page.getByTestId('user-email').textContent()).resolves.toBe(demoUser(key).email);
      if (teams === 'several') {
        expect(shown.size).toBeGreaterThan(1);
        await expect(page.getByTestId('team-scope-hint').count()).resolves.toBe(0);
      } else {
        expect(shown).toEqual(new Set(teams));
        await expect(page.getByTestId('team-scope-hint').textContent()).resolves.toBe(
          `You see instances of team ${teams.join(', ')}.`,
        );
      }
    },
  );
});

describe('signing in and out', () => {
  it('shows an error and stays on the sign-in page for a wrong password', async () => {
    await page.goto(dashboardUrl('/instances'));
    await page.waitForURL((url) => url.pathname === '/sign-in');

    await fillCredentials(demoUser('operator').email, 'not-the-password-1A!');

    await expect(page.getByTestId('sign-in-error').textContent()).resolves.toContain(
      'Incorrect email or password',
    );
    expect(new URL(page.url()).pathname).toBe('/sign-in');
  });

  it('answers an unknown email as a wrong password, revealing no account', async () => {
    await page.goto(dashboardUrl('/sign-in'));

    await fillCredentials('nobody@example.com', 'Whatever-2026!');

    await expect(page.getByTestId('sign-in-error').textContent()).resolves.toContain(
      'Incorrect email or password',
    );
  });

  it('says the sign-in service cannot be reached when Cognito is down', async () => {
    const cognito = process.env['COGNITO_ENDPOINT'];
    if (!cognito) throw new Error('COGNITO_ENDPOINT is not set');
    await page.context().route(`${cognito.replace(/\/+$/, '')}/**`, (route) => route.abort());
    await page.goto(dashboardUrl('/sign-in'));

    await fillCredentials(demoUser('admin').email, process.env['DEMO_PASSWORD'] ?? '');

    await expect(page.getByTestId('sign-in-error').textContent()).resolves.toContain(
      'could not be reached',
    );
    expect(new URL(page.url()).pathname).toBe('/sign-in');
  });

  it('sends a signed-out deep link to sign-in, then back to the deep link', async () => {
    const instance = await someInstance();
    const deepLink = `/instances/${instance.region}/${instance.id}`;

    await page.goto(dashboardUrl(deepLink));
    await page.waitForURL((url) => url.pathname === '/sign-in');
    expect(new URL(page.url()).searchParams.get('next')).toBe(deepLink);
    await fillCredentials(demoUser('admin').email, process.env['DEMO_PASSWORD'] ?? '');

    await page.waitForURL((url) => url.pathname === deepLink, { timeout: SIGN_IN_WAIT_MS });
    await expect(page.getByTestId('instance-id').textContent()).resolves.toBe(instance.id);
  });

  it('keeps the session across a reload', async () => {
    await signInThroughDashboard(page, 'viewer', '/instances?limit=10');
    await page.waitForSelector(ROW);

    await page.reload();

    await page.waitForSelector(ROW);
    expect(new URL(page.url()).pathname).toBe('/instances');
    await expect(page.getByTestId('user-role').textContent()).resolves.toBe('viewer');
  });

  it.each([
    ['operator', 'Teams: payments'],
    ['sre', 'Teams: all teams, read only'],
  ] as const)('says in the account menu whose instances %s reads', async (key, teams) => {
    await signInThroughDashboard(page, key, '/audit');

    await page.getByRole('button', { name: /^Account:/ }).click();

    await expect(page.getByTestId('user-teams').textContent()).resolves.toBe(teams);
  });

  it('returns to sign-in on sign-out, and a reload stays signed out', async () => {
    await signInThroughDashboard(page, 'operator', '/instances?limit=10');
    await page.waitForSelector(ROW);

    await page.getByRole('button', { name: /^Account:/ }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await page.waitForURL((url) => url.pathname === '/sign-in');
    await page.reload();

    await page.getByLabel('Email').waitFor();
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await expect(page.evaluate(() => window.sessionStorage.length)).resolves.toBe(0);
  });
});
