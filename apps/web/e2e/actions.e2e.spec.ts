import type { Instance } from '@fleet/contract';
import {
  clearFaults,
  injectFaults,
  instanceSupply,
  dashboardPagePerTest,
  dashboardUrl,
  signInThroughDashboard,
  waitForInstanceState,
  type DemoUserKey,
} from '@fleet/testing';
import type { Locator, Page } from 'playwright-core';

// The built dashboard against the local stack: an operator (team payments) stops an instance
// through the row's action menu, the row's state chip follows it to `stopped`, and the audit
// trail shows the attempt and its outcome; a viewer sees the same actions disabled and why.
jest.setTimeout(180_000);
const WAIT_MS = 60_000;
const ROW = '[data-testid="instance-row"]';

let page: Page;

function rowOf(instance: Instance): string {
  return `${ROW}[data-instance-id="${instance.id}"]`;
}

/** Signs in as `role` and opens the list filtered to `instance`: its row, once drawn. */
async function rowAs(role: DemoUserKey, instance: Instance): Promise<Locator> {
  await signInThroughDashboard(page, role);
  await page.goto(dashboardUrl(`/instances?q=${instance.id}`));
  const row = page.locator(rowOf(instance));
  await row.waitFor();
  return row;
}

dashboardPagePerTest({ viewport: { width: 1600, height: 900 }, timeoutMs: WAIT_MS }, (opened) => {
  page = opened;
});

describe('instance actions', () => {
  let instance: Instance;

  beforeAll(async () => {
    // Running, outside production (no reason needed, no stop protection in the seed).
    instance = await (await instanceSupply('payments')).next('running');
  });

  it("lets an operator stop an instance and follows its state chip to 'stopped'", async () => {
    const row = await rowAs('operator', instance);

    await row.getByTestId('instance-actions').click();
    await page.getByTestId('action-stop').click();
    await page.getByTestId('confirm-action').click();

    const result = page.locator(`[data-testid="action-result"][data-instance-id="${instance.id}"]`);
    await result.waitFor();
    expect(await result.getAttribute('data-outcome')).toBe('succeeded');
    await page.getByRole('button', { name: 'Close' }).click();
    await row.locator('[data-column="state"] [data-state="stopped"]').waitFor();
    await expect(waitForInstanceState(instance, ['stopped'])).resolves.toMatchObject({
      state: 'stopped',
    });
  });

  it("shows the stop's attempt and outcome on the instance's Activity tab", async () => {
    await signInThroughDashboard(page, 'operator');
    await page.goto(dashboardUrl(`/instances/${instance.region}/${instance.id}?tab=activity`));

    await page
      .locator('[data-testid="audit-row"][data-action="stop"][data-kind="attempt"]')
      .first()
      .waitFor();
    await page
      .locator(
        '[data-testid="audit-row"][data-action="stop"][data-kind="outcome"][data-outcome="succeeded"]',
      )
      .first()
      .waitFor();
  });

  it('finds the same records on the Audit page filtered to the instance', async () => {
    await signInThroughDashboard(page, 'operator');
    await page.goto(
      dashboardUrl(`/audit?region=${instance.region}&instance=${instance.id}&action=stop`),
    );

    const rows = page.locator('[data-testid="audit-row"]');
    await rows.first().waitFor();
    const kinds = await rows.evaluateAll((elements) =>
      elements.map((element) => element.getAttribute('data-kind')),
    );
    expect(kinds).toEqual(expect.arrayContaining(['attempt', 'outcome']));
    const ids = await rows.evaluateAll((elements) =>
      elements.map((element) => element.getAttribute('data-instance-id')),
    );
    expect(new Set(ids)).toEqual(new Set([instance.id]));
  });

  it('reboots two selected instances from the bulk toolbar with a result for each', async () => {
    // Already running: starting a stopped one here would leave a running instance without the
    // CPU history the monitoring test expects of every running row.
    const supply = await instanceSupply('payments');
    const first = await supply.next(
      'running',
      (candidate) => candidate.state === 'running' && candidate.id !== instance.id,
    );
    const second = await supply.next(
      'running',
      (candidate) =>
        candidate.state === 'running' && candidate.id !== instance.id && candidate.id !== first.id,
    );
    await signInThroughDashboard(page, 'operator');
    await page.goto(dashboardUrl('/instances?limit=100'));

    for (const target of [first, second]) {
      await page.locator(rowOf(target)).getByTestId('select-instance').locator('input').check();
    }
    await expect(page.getByTestId('selected-count').textContent()).resolves.toContain('2 selected');
    await page.getByTestId('bulk-reboot').click();
    await page.getByTestId('confirm-action').click();

    const results = page.locator('[data-testid="action-result"]');
    await page.getByTestId('action-summary').waitFor();
    const outcomes = await results.evaluateAll((elements) =>
      elements.map((element) => [
        element.getAttribute('data-instance-id'),
        element.getAttribute('data-outcome'),
      ]),
    );
    expect(outcomes).toEqual(
      expect.arrayContaining([
        [first.id, 'succeeded'],
        [second.id, 'succeeded'],
      ]),
    );
    expect(outcomes).toHaveLength(2);
    // No longer a question: the dialog is named for what it did.
    expect(await page.locator('#action-dialog-title').textContent()).toBe('Reboot 2 instances');
  });

  it('shows a viewer the actions disabled, saying who may use them', async () => {
    const row = await rowAs('viewer', instance);

    await row.getByTestId('instance-actions').click();
    const stop = page.getByTestId('action-stop');
    await stop.waitFor();

    expect(await stop.getAttribute('aria-disabled')).toBe('true');
    const wrapper = page.locator('[data-testid="permission-denied"]', { has: stop });
    expect(await wrapper.getAttribute('aria-label')).toBe(
      'Operators and admins can stop instances; you are a viewer.',
    );
    await wrapper.hover();
    await expect(page.getByRole('tooltip').textContent()).resolves.toContain(
      'Operators and admins can stop instances; you are a viewer.',
    );
  });

  it('shows an admin a stop throttled past its retries, with its trace one click away', async () => {
    const throttled = await (await instanceSupply('payments')).next('running');
    const row = await rowAs('admin', throttled);
    await injectFaults([{ service: 'ec2', action: 'StopInstances', requestLimitExceeded: 1 }]);

    await row.getByTestId('instance-actions').click();
    await page.getByTestId('action-stop').click();
    await page.getByTestId('confirm-action').click();
    const alert = page.getByTestId('action-error');
    await alert.waitFor();
    await clearFaults();

    const traceId = await alert.getByTestId('trace-link').getAttribute('data-trace-id');
    expect(traceId).toMatch(/^1-[0-9a-f]{8}-[0-9a-f]{24}$/);
    await alert.getByRole('link', { name: `Open trace ${traceId}` }).click();
    await page.getByTestId('trace-id').waitFor();
    expect(await page.getByTestId('trace-id').textContent()).toBe(traceId);
  });
});
