import type { ApiError, Instance, UnsettledPage } from '@fleet/contract';
import {
  backdateOpenAttempts,
  callApi,
  clearFaults,
  dashboardPagePerTest,
  dashboardUrl,
  injectFaults,
  instanceSupply,
  jsonPost,
  refOf,
  settleOpenAttempts,
} from '@fleet/testing';
import type { Page } from 'playwright-core';
import { holdBack } from './support/hold-back';

// The built dashboard against the local stack, signed in as the admin: a stop whose audit record
// could not be written (the chain's DynamoDB reads fail after the claim) leaves an attempt without
// an outcome. Ten minutes on, the Audit page warns of it above the records, which wait for the
// warning rather than be pushed down by it.
jest.setTimeout(120_000);
const WAIT_MS = 45_000;

let page: Page;
dashboardPagePerTest(
  { viewport: { width: 1440, height: 900 }, timeoutMs: WAIT_MS, signInAs: 'admin' },
  (opened) => {
    page = opened;
  },
);

let stranded: Instance;

const stop = (instance: Instance) =>
  callApi<ApiError>('/instances/stop', jsonPost(refOf(instance)));

beforeAll(async () => {
  const supply = await instanceSupply('payments');
  const [recorded, unrecorded] = [await supply.next('running'), await supply.next('running')];
  // A stop recorded as it should be: the trail has records to draw.
  expect((await stop(recorded)).status).toBe(200);
  stranded = unrecorded;
  await injectFaults([{ service: 'dynamodb', action: 'Query', unavailable: 1 }]);
  const failed = await stop(stranded);
  await clearFaults();
  expect([failed.status, failed.body.code]).toEqual([503, 'AuditUnavailable']);
  expect(await backdateOpenAttempts(stranded, 10 * 60_000)).toBe(1);
}, 60_000);

// Settled from the instance's actual state, so no later spec of the run finds it open.
afterAll(async () => {
  await settleOpenAttempts();
  const { body } = await callApi<UnsettledPage>('/audit/unsettled?minAgeSeconds=0');
  expect(body.items.map(({ claim }) => claim.instanceId)).not.toContain(stranded.id);
});

it('warns of the attempt above the records, which are drawn with the warning, not before it', async () => {
  const warningCode = await holdBack(page, /\/assets\/unsettled-attempts-alert-[\w-]{8}\.js$/);
  const arrived = [
    page.waitForRequest(/\/assets\/unsettled-attempts-alert-[\w-]{8}\.js$/),
    ...['/audit/unsettled', '/audit'].map((path) =>
      page.waitForResponse((response) => new URL(response.url()).pathname.endsWith(path)),
    ),
  ];
  await page.goto(dashboardUrl('/audit'));
  await Promise.all(arrived);
  // Rows draw within a frame of their answer: a second on, they would be there.
  await page.waitForTimeout(1_000);

  // Both answers are in; the warning's code is not: the records wait, the table says it loads.
  expect(warningCode.held()).toBeGreaterThan(0);
  expect(await page.getByTestId('audit-row').count()).toBe(0);
  expect(await page.getByRole('progressbar', { name: 'Loading audit records' }).count()).toBe(1);

  await warningCode.release();
  const warning = page.getByTestId('unsettled-attempts');
  const firstRow = page.getByTestId('audit-row').first();
  await firstRow.waitFor();
  expect(await warning.isVisible()).toBe(true);
  expect(await warning.getByText(/^\d+ attempts? without an outcome$/).count()).toBe(1);
  expect(await warning.textContent()).toContain(`stop ${stranded.id} by admin@example.com`);
  const [alertBox, rowBox] = [await warning.boundingBox(), await firstRow.boundingBox()];
  expect((alertBox?.y ?? 0) + (alertBox?.height ?? 0)).toBeLessThan(rowBox?.y ?? 0);
});

it('draws the records after the first failed read of the warning, not after its retries', async () => {
  // The first read fails as the API fails (503, JSON); its retries hang, as an unreachable API's
  // would: the rows may not wait for them. Produced here, as no fault fails this read alone (the
  // records' read queries the same DynamoDB).
  const reads: string[] = [];
  await page.route(
    (url) => url.pathname.endsWith('/audit/unsettled'),
    async (route) => {
      reads.push(route.request().url());
      if (reads.length > 1) return; // never answered
      await route.fulfill({
        status: 503,
        headers: { 'Access-Control-Allow-Origin': '*' },
        contentType: 'application/json',
        body: JSON.stringify({
          code: 'AuditUnavailable',
          message: 'The audit trail is unavailable.',
        }),
      });
    },
  );
  await page.goto(dashboardUrl('/audit'));
  await page.getByTestId('audit-row').first().waitFor();

  expect(reads.length).toBeGreaterThanOrEqual(1);
  expect(await page.getByTestId('unsettled-attempts').count()).toBe(0);
});
