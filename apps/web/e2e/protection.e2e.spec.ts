import {
  alreadyIn,
  callApi,
  dashboardPagePerTest,
  dashboardUrl,
  instanceDetailOf,
  instanceSupply,
  jsonPost,
} from '@fleet/testing';
import type { Page } from 'playwright-core';

// The built dashboard against the local stack, 1440×900: an admin sets an instance's stop
// protection from its page (the Protection dialog, fetched on first press) and EC2 — the local
// emulator, read back through the API — keeps it. The test puts the flag back as it found it.
jest.setTimeout(180_000);
const WAIT_MS = 60_000;

let page: Page;

dashboardPagePerTest(
  { viewport: { width: 1440, height: 900 }, timeoutMs: WAIT_MS, signInAs: 'admin' },
  (opened) => {
    page = opened;
  },
);

describe('instance protection in the dashboard', () => {
  it('lets an admin turn stop protection on from the instance page', async () => {
    // Taken as it is: protection needs no state, and other suites read the seeded states.
    const instance = await (await instanceSupply('payments')).next('running', alreadyIn('running'));
    const before = (await instanceDetailOf(instance)).protection;
    expect(before.disableApiStop).toBe(false);
    await page.goto(dashboardUrl(`/instances/${instance.region}/${instance.id}`));
    await page.getByTestId('instance-title').waitFor();
    const stopFlag = page.getByTestId('protection-disableApiStop');
    expect(await stopFlag.getAttribute('data-state')).toBe('off');

    try {
      await page.getByTestId('protection-button').click();
      await page.getByTestId('flag-disableApiStop').getByRole('button', { name: 'On' }).click();
      await page.getByTestId('confirm-edit').click();
      await page.getByTestId('edit-done').waitFor();
      await page.getByRole('button', { name: 'Close' }).click();

      await page.waitForFunction(
        () =>
          document
            .querySelector('[data-testid="protection-disableApiStop"]')
            ?.getAttribute('data-state') === 'on',
        undefined,
        { timeout: WAIT_MS },
      );
      const { protection } = await instanceDetailOf(instance);
      // Only the flag that was chosen changed ("Leave as is" kept the other).
      expect(protection).toEqual({ ...before, disableApiStop: true });
    } finally {
      await callApi(
        '/instances/protection',
        jsonPost({ region: instance.region, id: instance.id, disableApiStop: false }),
      );
    }
    expect((await instanceDetailOf(instance)).protection.disableApiStop).toBe(false);
  });
});
