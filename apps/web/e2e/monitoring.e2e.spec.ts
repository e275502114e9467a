import type { Instance, InstanceMetrics, InstancePage } from '@fleet/contract';
import { callApi, dashboardPagePerTest, dashboardUrl } from '@fleet/testing';
import type { Page } from 'playwright-core';

// The dashboard built and served by `vite preview`, reading metrics from the local CloudWatch
// (synthetic datapoints while an instance runs, none while it is stopped) through the API.
jest.setTimeout(120_000);
const WAIT_MS = 45_000;
const ROW = '[data-testid="instance-row"]';
const CHART = '[data-testid="metric-chart"]';

let page: Page;

async function fleet(): Promise<Instance[]> {
  const { status, body } = await callApi<InstancePage>('/instances?limit=100');
  if (status !== 200) throw new Error(`GET /instances answered ${status}`);
  return body.items;
}

async function lastHourOf(instance: Instance): Promise<InstanceMetrics> {
  const path = `/instances/${instance.region}/${instance.id}/metrics?range=1h`;
  const { status, body } = await callApi<InstanceMetrics>(path);
  if (status !== 200) throw new Error(`GET ${path} answered ${status}`);
  return body;
}

/**
 * The first instance in `state` whose last hour of CPU is complete (or empty). Complete, not just
 * non-empty: other tests of the run start and stop instances, and one started a minute ago has a
 * single point — no line to draw.
 */
async function findInstance(state: Instance['state'], withData: boolean): Promise<Instance> {
  for (const instance of (await fleet()).filter((item) => item.state === state)) {
    const cpu = (await lastHourOf(instance)).series.cpu.points;
    const matches = withData
      ? cpu.every((point) => point !== null)
      : cpu.every((point) => point === null);
    if (matches) return instance;
  }
  throw new Error(
    `no ${state} instance ${withData ? 'with' : 'without'} CPU data in the last hour`,
  );
}

/** Deep-links to the tab (it lives in the URL): a click right after load can land mid-render. */
async function openMonitoring(instance: Instance): Promise<void> {
  await page.goto(dashboardUrl(`/instances/${instance.region}/${instance.id}?tab=monitoring`));
  await page.getByRole('tab', { name: 'Monitoring', selected: true }).waitFor();
  await page.waitForSelector('[data-testid="instance-monitoring"]');
}

dashboardPagePerTest(
  { viewport: { width: 1440, height: 1000 }, timeoutMs: WAIT_MS, signInAs: 'admin' },
  (opened) => {
    page = opened;
  },
);

describe('Monitoring tab', () => {
  it("draws a line in every chart of a running instance's last hour", async () => {
    const running = await findInstance('running', true);

    await openMonitoring(running);
    await page.waitForSelector(`${CHART} path.recharts-line-curve`);

    const charts = await page.$$eval(CHART, (cards) =>
      cards.map((card) => ({
        chart: card.getAttribute('data-chart'),
        drawn: [...card.querySelectorAll('path.recharts-line-curve')].some(
          (path) => (path.getAttribute('d') ?? '').length > 10,
        ),
      })),
    );
    expect(charts.length).toBeGreaterThanOrEqual(6);
    expect(charts.filter((chart) => !chart.drawn)).toEqual([]);
    expect(page.url()).toContain('tab=monitoring');
    await expect(page.getByTestId('metrics-period').textContent()).resolves.toMatch(
      /-minute points/,
    );
  });

  it('shows the values of the hovered period in every chart at once', async () => {
    const running = await findInstance('running', true);
    await openMonitoring(running);
    await page.waitForSelector(`${CHART} path.recharts-line-curve`);

    const plot = page.locator(`${CHART}[data-chart="cpu"] .recharts-surface`);
    const box = await plot.boundingBox();
    if (!box) throw new Error('the CPU chart has no box');
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2);

    const tooltip = page.locator(`${CHART}[data-chart="cpu"] [data-testid="metric-tooltip"]`);
    await tooltip.waitFor();
    await expect(tooltip.textContent()).resolves.toMatch(/CPU\s*(\d[\d.,]* %|no data)/);
    // syncId: the other charts follow the hovered period with their own tooltips.
    const network = page.locator(`${CHART}[data-chart="network"] [data-testid="metric-tooltip"]`);
    await network.waitFor();
    await expect(network.textContent()).resolves.toMatch(/In.*(B\/s|no data)/);
  });

  it('keeps the chosen range in the URL', async () => {
    const running = await findInstance('running', true);
    await openMonitoring(running);

    await page.getByRole('button', { name: '3h (3 hours)' }).click();
    await page.waitForURL((url) => url.searchParams.get('range') === '3h');

    // The URL changes first; the page re-renders in a transition right after.
    await page.locator('button[value="3h"][aria-pressed="true"]').waitFor();
    await page.waitForSelector(`${CHART} path.recharts-line-curve`);
    expect(await page.locator('[aria-label="Time range"] [aria-pressed="true"]').count()).toBe(1);
  });

  it('says a stopped instance has no metrics instead of drawing empty charts', async () => {
    const stopped = await findInstance('stopped', false);

    await openMonitoring(stopped);

    const empty = page.getByTestId('monitoring-empty');
    await empty.waitFor();
    await expect(empty.textContent()).resolves.toContain('this instance is stopped');
    expect(await page.locator(CHART).count()).toBe(0);
  });
});

describe('CPU column of the instances table', () => {
  it('shows a sparkline for rows that have been running for hours', async () => {
    // Other tests of the run start instances; one started minutes ago has no line to draw yet.
    const since = Date.now() - 3 * 60 * 60 * 1000;
    const longRunning = new Set(
      (await fleet())
        .filter(
          (instance) =>
            instance.state === 'running' && Date.parse(instance.launchTime ?? '') < since,
        )
        .map((instance) => instance.id),
    );
    await page.goto(dashboardUrl('/instances?limit=25'));
    await page.waitForSelector(ROW);
    await page.waitForSelector('[data-testid="cpu-sparkline"]');
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="cpu-sparkline-loading"]').length === 0,
    );

    const rows = await page.$$eval(ROW, (elements) =>
      elements.map((row) => ({
        id: row.getAttribute('data-instance-id') ?? '',
        line:
          row
            .querySelector('[data-column="cpu"] [data-testid="cpu-sparkline"] path')
            ?.getAttribute('d') ?? '',
      })),
    );
    const running = rows.filter((row) => longRunning.has(row.id));
    expect(running.length).toBeGreaterThan(0);
    expect(running.filter((row) => !row.line.startsWith('M'))).toEqual([]);
  });
});
