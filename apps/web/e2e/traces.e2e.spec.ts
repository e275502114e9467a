import type { ApiError, AuditPage } from '@fleet/contract';
import {
  callApi,
  clearFaults,
  dashboardPagePerTest,
  dashboardUrl,
  eventually,
  injectFaults,
  instanceSupply,
  invokeFunction,
  jsonPost,
  refOf,
  scheduledEvent,
  traceIdOf,
} from '@fleet/testing';
import type { Locator, Page } from 'playwright-core';

// The built dashboard against the local stack, signed in as an SRE: four failures an SRE is
// asked about each show in the Traces area with the flag X-Ray set from the answer and their
// cause — a bad request and a denied action (4xx: error), an EC2 call throttled past the SDK's
// retries and an audit trail that cannot be written (5xx: fault, from injected AWS faults).
jest.setTimeout(240_000);
const WAIT_MS = 60_000;

let page: Page;

dashboardPagePerTest(
  { viewport: { width: 1600, height: 900 }, timeoutMs: WAIT_MS, signInAs: 'sre' },
  (opened) => {
    page = opened;
  },
);

interface Case {
  readonly name: string;
  readonly traceId: string;
  readonly status: number;
  readonly code: string;
}

/** The cells of the rows whose text runs on past their edge, over the next column. */
function overflowingCells(rows: Locator): Promise<string[]> {
  return rows.evaluateAll((found) =>
    found.flatMap((row) =>
      [...(row as HTMLTableRowElement).cells]
        .filter((cell) => cell.scrollWidth > cell.clientWidth + 1)
        .map((cell) => cell.textContent ?? ''),
    ),
  );
}

async function failure(
  name: string,
  request: () => Promise<{ status: number; body: ApiError }>,
): Promise<Case> {
  const { status, body } = await request();
  if (!body.traceId) throw new Error(`${name}: the answer (${status}) quotes no trace id`);
  return { name, traceId: body.traceId, status, code: body.code };
}

describe('the Traces area, for an SRE', () => {
  const cases: Case[] = [];

  beforeAll(async () => {
    const supply = await instanceSupply('payments');
    const [throttled, unrecorded] = [await supply.next('running'), await supply.next('running')];
    cases.push(
      await failure('a bad request', () => callApi<ApiError>('/instances?limit=abc')),
      await failure('a denied action', () =>
        callApi<ApiError>('/instances/stop', jsonPost(refOf(throttled)), { as: 'viewer' }),
      ),
    );
    await injectFaults([{ service: 'ec2', action: 'StopInstances', requestLimitExceeded: 1 }]);
    cases.push(
      await failure('an EC2 call throttled past its retries', () =>
        callApi<ApiError>('/instances/stop', jsonPost(refOf(throttled))),
      ),
    );
    await injectFaults([{ service: 'dynamodb', unavailable: 1 }]);
    cases.push(
      await failure('an audit write failure', () =>
        callApi<ApiError>('/instances/stop', jsonPost(refOf(unrecorded))),
      ),
    );
    await clearFaults();
  });

  it('answers each failure with the status and code the product promises', () => {
    expect(cases.map(({ name, status, code }) => [name, status, code])).toEqual([
      ['a bad request', 400, 'ValidationError'],
      ['a denied action', 403, 'Forbidden'],
      ['an EC2 call throttled past its retries', 503, 'Throttled'],
      ['an audit write failure', 503, 'AuditUnavailable'],
    ]);
  });

  it.each([
    ['a bad request', 'error', /ValidationError/],
    ['a denied action', 'error', /Forbidden/],
    ['an EC2 call throttled past its retries', 'fault', /RequestLimitExceeded|Throttled/],
    ['an audit write failure', 'fault', /ServiceUnavailable|AuditUnavailable/],
  ])('lists %s in the search with its flag (%s) and cause', async (name, outcome, cause) => {
    const { traceId } = cases.find((entry) => entry.name === name) as Case;
    const row = page.locator(`[data-testid="trace-row"][data-trace-id="${traceId}"]`);

    // Segments reach the local X-Ray a moment after the answer: search again until it is there.
    await eventually(
      async () => {
        await page.goto(dashboardUrl(`/traces?outcome=${outcome}&window=15m`));
        await page.getByRole('heading', { name: 'Traces' }).waitFor();
        await page
          .locator('[data-testid="trace-row"]')
          .or(page.getByText('No traces match these filters.'))
          .first()
          .waitFor();
        return row.count();
      },
      (shown) => shown > 0,
      { everyMs: 1_000 },
    );

    expect(await row.getAttribute('data-outcome')).toBe(outcome);
    expect(await row.getByTestId('trace-cause').textContent()).toMatch(cause);
  });

  it('wraps long request paths, causes and audit details within their columns on a laptop screen', async () => {
    // A read of an instance that does not exist: an error whose path is long.
    const missing = await callApi<ApiError>('/instances/eu-west-1/i-0123456789abcdef0');
    expect(missing.status).toBe(404);
    await page.setViewportSize({ width: 1280, height: 800 });
    const rows = page.locator('[data-testid="trace-row"]');
    const longPath = rows.filter({ hasText: '/instances/eu-west-1/i-0123456789abcdef0' });

    await eventually(
      async () => {
        await page.goto(dashboardUrl('/traces?outcome=error&window=15m'));
        await rows.first().waitFor();
        return longPath.count();
      },
      (shown) => shown > 0,
      { everyMs: 1_000 },
    );
    expect(await overflowingCells(rows)).toEqual([]);

    await page.goto(dashboardUrl('/audit?outcome=failed&action=stop'));
    await page.locator('[data-testid="audit-row"]').first().waitFor();
    expect(await overflowingCells(page.locator('[data-testid="audit-row"]'))).toEqual([]);
  });

  it('lists the browser’s own CORS preflights only once they are switched on', async () => {
    // This page's reads of the API are cross-origin: the browser sent preflights before them.
    const rows = page.locator('[data-testid="trace-row"]');
    const preflights = rows.filter({ hasText: /OPTIONS \// });
    await page.goto(dashboardUrl('/traces?window=15m'));
    await rows.first().waitFor();
    expect(await preflights.count()).toBe(0);

    // Applied at once: the switch is checked once the URL holds it.
    await page.getByLabel('CORS preflights').click();
    await page.getByRole('switch', { name: 'CORS preflights', checked: true }).waitFor();
    expect(new URL(page.url()).searchParams.get('preflights')).toBe('include');
    // The newest preflights reach the local X-Ray a moment after they were answered.
    await eventually(
      async () => {
        await page.reload();
        await rows.first().waitFor();
        return preflights.count();
      },
      (shown) => shown > 0,
      { attempts: 10, everyMs: 1_000 },
    );
    expect(await preflights.count()).toBeGreaterThan(0);
  });

  it('opens the throttled stop as a waterfall: the function, its EC2 call and the cause', async () => {
    const { traceId } = cases.find((entry) => entry.name.includes('throttled')) as Case;

    await page.goto(dashboardUrl(`/traces/${traceId}`));
    // It looked the instance up first (DescribeInstances), then was throttled stopping it.
    const stopCall = page
      .locator('[data-testid="trace-span"][data-namespace="aws"][data-name="EC2"]')
      .filter({ hasText: 'StopInstances' });
    await stopCall.first().waitFor();

    expect(await stopCall.first().getAttribute('data-outcome')).not.toBe('ok');
    const stopFunction = page.locator('[data-testid="trace-span"][data-outcome="fault"]');
    expect(await stopFunction.count()).toBeGreaterThan(0);
    expect(await page.getByTestId('span-cause').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringMatching(/Throttled|RequestLimitExceeded/)]),
    );
    // Lambda's two segments share the function's name: their origin tells them apart.
    expect(await page.getByTestId('span-origin').allTextContents()).toEqual(
      expect.arrayContaining(['API Gateway stage', 'Lambda service', 'Lambda function']),
    );
    // The authorizer's annotations come first; the function's name the action.
    expect(await page.getByTestId('span-annotations').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringMatching(/action=stop/)]),
    );
  });

  it('goes from a function on the Service health view to its slowest traces, a scheduled one too', async () => {
    // A run of the inventory sync, as its schedule starts it (no HTTP request reaches it).
    await invokeFunction('sync-inventory', scheduledEvent('us-east-1'));

    // Its metrics reach the local CloudWatch about a second after the run.
    const row = page.locator('[data-testid="health-row"][data-function="sync-inventory"]');
    await eventually(
      async () => {
        await page.goto(dashboardUrl('/health'));
        await page.getByRole('grid', { name: 'Function health' }).waitFor();
        return row.count();
      },
      (shown) => shown > 0,
      { everyMs: 1_000 },
    );
    await row.getByRole('link', { name: 'Slowest traces' }).click();

    await page.waitForURL((url) => url.searchParams.get('function') === 'sync-inventory');
    const traces = page.locator('[data-testid="trace-row"]');
    await traces.first().waitFor();
    expect(await traces.first().getAttribute('data-function')).toBe('sync-inventory');
  });

  it("charts every function's requests, errors and faults over time on the Service health view", async () => {
    await page.goto(dashboardUrl('/health'));
    const timeline = page.getByRole('img', { name: /over time, every function/ });
    await timeline.waitFor();

    const lines = timeline.locator('.recharts-line path.recharts-curve');
    expect(await lines.count()).toBe(3);
    // Requests were served in this range (this file's own included): a line rises off zero.
    const heights = await lines.evaluateAll((paths) =>
      paths.map((path) => {
        const ys = [...(path.getAttribute('d') ?? '').matchAll(/[ML][\d.]+,([\d.]+)/g)].map(
          (match) => Number(match[1]),
        );
        return ys.length > 0 ? Math.max(...ys) - Math.min(...ys) : 0;
      }),
    );
    expect(Math.max(...heights)).toBeGreaterThan(1);
    expect((await timeline.locator('.recharts-legend-item-text').allTextContents()).sort()).toEqual(
      ['Errors (4xx)', 'Faults (5xx)', 'Requests'],
    );
  });

  it('goes from the failed stop on the Audit page to its trace', async () => {
    const { traceId } = cases.find((entry) => entry.name.includes('throttled')) as Case;

    const { body } = await callApi<AuditPage>(
      '/audit?outcome=failed&action=stop',
      {},
      { as: 'sre' },
    );
    expect(body.items.map((record) => record.traceId)).toContain(traceId);

    await page.goto(dashboardUrl('/audit?outcome=failed&action=stop'));
    const link = page.getByRole('link', { name: `Open trace ${traceId}` });
    await link.first().click();

    await page.getByTestId('trace-id').waitFor();
    expect(await page.getByTestId('trace-id').textContent()).toBe(traceId);
    await page.locator('[data-testid="trace-span"]').first().waitFor();
  });

  it("writes the Audit page's and the Traces list's times on the charts' 24-hour clock", async () => {
    const { traceId } = cases.find((entry) => entry.name.includes('throttled')) as Case;
    const { body } = await callApi<AuditPage>(
      '/audit?outcome=failed&action=stop',
      {},
      { as: 'sre' },
    );
    const record = body.items.find((item) => item.traceId === traceId);
    if (!record) throw new Error('the failed stop has no audit record with its trace');
    // Today's times, in the browser's own zone: "21:04:09", never "9:04:09 PM".
    const clock = /^\d{2}:\d{2}:\d{2}$/;

    await page.goto(dashboardUrl('/audit?outcome=failed&action=stop'));
    const auditRow = page.locator('[data-testid="audit-row"]', {
      has: page.getByRole('link', { name: `Open trace ${traceId}` }),
    });
    const recordTime = (await auditRow.first().locator('td').first().textContent()) ?? '';
    const recordHour = await page.evaluate(
      (at) => String(new Date(at).getHours()).padStart(2, '0'),
      record.at,
    );
    await page.goto(dashboardUrl('/traces?outcome=fault&window=15m'));
    const traceTime =
      (await page
        .locator(`[data-testid="trace-row"][data-trace-id="${traceId}"] td`)
        .first()
        .textContent()) ?? '';

    expect(recordTime).toMatch(clock);
    expect(recordTime.slice(0, 2)).toBe(recordHour);
    expect(traceTime).toMatch(clock);
  });

  it('says at once why a mistyped or long-gone trace id opens nothing, asking the API once', async () => {
    const reads: string[] = [];
    // The API's reads (fetch), not the page's own address.
    page.on('request', (request) => {
      if (request.resourceType() === 'fetch' && /\/traces\/1-/.test(request.url()))
        reads.push(request.url());
    });
    // A pasted id cut short (400), and X-Ray's documented example id, from 2016: never known here,
    // and too old to be on its way (404).
    for (const [id, title, why, retry] of [
      ['1-5759e988-bd86', 'Could not load this trace', 'not an X-Ray trace id', false],
      [
        '1-5759e988-bd862e3fe1be46a994272793',
        'Trace not found',
        'X-Ray holds no trace 1-5759e988-bd862e3fe1be46a994272793',
        true,
      ],
    ] as const) {
      reads.length = 0;
      await page.goto(dashboardUrl(`/traces/${id}`));
      const alert = page.getByRole('alert').filter({ hasText: title });
      await alert.waitFor();

      expect(await alert.textContent()).toContain(why);
      expect(reads).toHaveLength(1);
      // Asking again cannot mend a malformed id; an unknown trace may yet be uploaded.
      expect(await alert.getByRole('button', { name: 'Retry' }).count()).toBe(retry ? 1 : 0);
    }
  });

  it('reads a trace opened as its request ends again while segments may arrive, then stops', async () => {
    // The page's clock, moved past the 30 s a young trace is read again for; it runs on its own
    // until then.
    await page.clock.install();
    const traceId = traceIdOf(await callApi('/instances?limit=1', {}, { as: 'sre' }));
    const reads: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'GET' && request.url().endsWith(`/traces/${traceId}`))
        reads.push(request.url());
    });
    await page.goto(dashboardUrl(`/traces/${traceId}`));
    const size = page.getByTestId('trace-size');
    const recent = size.filter({ hasText: 'more may still arrive' });

    await recent.waitFor();
    // Its segments fill in: the gateway's, uploaded in a batch after the function's, included.
    await page
      .getByTestId('span-origin')
      .filter({ hasText: 'API Gateway stage' })
      .first()
      .waitFor();
    await eventually(
      async () => reads.length,
      (count) => count >= 2,
      { withinMs: 10_000 },
    );
    expect(reads.length).toBeGreaterThanOrEqual(2);

    // 30 s on: the next read is the last, and the page says no more is coming.
    await page.clock.fastForward(31_000);
    await recent.waitFor({ state: 'detached' });
    const settled = reads.length;
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    expect(reads.length).toBe(settled);
    expect(await size.textContent()).toMatch(/ms · \d+ segments and subsegments$/);
  });
});
