import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { InstanceMetrics } from '@fleet/contract';
import { callApi, launchBrowser, signInThroughDashboard, stackUrls } from '@fleet/testing';

// axe-core over every page of the built dashboard, in light and dark (the theme follows the
// system by default, so the context's colour scheme decides), at 1440×900.
jest.setTimeout(180_000);
const WAIT_MS = 45_000;
const ROW = '[data-testid="instance-row"]';

/** WCAG 2.x A and AA, plus axe's best practices (heading order, empty table headers). */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

interface Finding {
  rule: string;
  impact: string;
  nodes: string[];
}

/**
 * axe's violations on the page as it stands. Only violations are kept in full (`resultTypes`: the
 * passes, which this test never reads, are cut to one node each, as axe's performance notes
 * advise), and axe runs in the page itself (legacy mode: no `runPartial` per frame and
 * `finishRun` in a blank page): the dashboard has no frames, and its CSP allows only its own. On
 * the instance list the default way took 19 s an audit on a 2-core machine, this one 2 s.
 */
async function audit(page: Page): Promise<Finding[]> {
  const results = await new AxeBuilder({ page })
    .withTags(TAGS)
    .options({ resultTypes: ['violations'] })
    .setLegacyMode()
    .analyze();
  if (process.env.AXE_REPORT)
    console.log(
      page.url(),
      JSON.stringify(
        results.violations.map((v) => [
          v.id,
          v.impact,
          v.nodes.length,
          v.nodes.slice(0, 2).map((n) => n.target.join(' ')),
        ]),
      ),
    );
  return results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact ?? 'unknown',
    nodes: violation.nodes.slice(0, 3).map((node) => node.target.join(' ')),
  }));
}

/**
 * The Monitoring tab once it shows charts. A metrics read that failed shows its alert with Retry,
 * which an operator would press: so does this test (twice at most), and the log says why. An empty
 * state or a third failure fails the test with what the tab shows instead.
 */
async function chartsShown(page: Page): Promise<void> {
  const monitoring = page.getByTestId('instance-monitoring');
  const chart = monitoring.getByTestId('metric-chart').first();
  const failed = monitoring.getByTestId('api-error');
  for (let attempt = 1; ; attempt++) {
    await chart.or(failed).or(monitoring.getByTestId('monitoring-empty')).first().waitFor();
    if (await chart.isVisible()) return;
    const shown = (await monitoring.innerText()).replace(/\s+/g, ' ');
    if (attempt === 3 || !(await failed.isVisible()))
      throw new Error(`no charts on the Monitoring tab, it shows: ${shown}`);
    process.stdout.write(`metrics read failed, pressing Retry: ${shown}\n`);
    await failed.getByRole('button', { name: 'Retry' }).click();
    // React renders the click at once (a discrete event): wait for the retry to end.
    await failed.getByRole('button', { name: 'Retrying…' }).waitFor({ state: 'hidden' });
  }
}

function severe(findings: readonly Finding[]): Finding[] {
  return findings.filter(
    (finding) => finding.impact === 'critical' || finding.impact === 'serious',
  );
}

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe.each(['light', 'dark'] as const)('accessibility in %s mode', (colorScheme) => {
  let context: BrowserContext;
  let page: Page;
  let instancePath: string;

  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 1440, height: 900 }, colorScheme });
    page = await context.newPage();
    page.setDefaultTimeout(WAIT_MS);
  });

  afterAll(async () => {
    await context?.close();
  });

  it('finds no critical or serious violation on the sign-in page', async () => {
    await page.goto(`${stackUrls().web}/sign-in`);
    await page.getByLabel('Email').waitFor();

    expect(severe(await audit(page))).toEqual([]);
  });

  it('finds no critical or serious violation on the instance list', async () => {
    await signInThroughDashboard(page, 'admin', '/instances');
    await page.waitForSelector(ROW);
    // The CPU column and the filter bar arrive after the rows: audit what an operator sees.
    await page.waitForSelector('[role="search"]');
    // A running instance with CPU points in the last hour: its Monitoring tab draws charts (a
    // stopped one shows an empty state, and so does one another test file launched a minute ago).
    const running = page
      .locator(ROW)
      .filter({ has: page.locator('[data-column="state"] [data-state="running"]') });
    for (const row of await running.all()) {
      const path = `/instances/${await row.getAttribute('data-region')}/${await row.getAttribute('data-instance-id')}`;
      const { body } = await callApi<InstanceMetrics>(`${path}/metrics?range=1h`);
      if (body.series?.cpu.points.some((point) => point !== null)) {
        instancePath = path;
        break;
      }
    }
    if (!instancePath) throw new Error('no running instance on the first page has CPU points');

    expect(severe(await audit(page))).toEqual([]);
  });

  it('finds no critical or serious violation on a selected, hovered row with failing health', async () => {
    // Pills (state, checks, alarms) lie on the row's tint there: their text must still read.
    const failing = page
      .locator(ROW)
      .filter({ has: page.locator('[data-testid="health-checks"][data-state="error"]') })
      .first();
    await failing.getByTestId('select-instance').locator('input').check();
    // The selection's toolbar (its own chunk) is part of what the operator sees: audit it too.
    await page.getByTestId('bulk-toolbar').waitFor();
    await failing.locator('[data-column="type"]').hover();

    expect(severe(await audit(page))).toEqual([]);
    await failing.getByTestId('select-instance').locator('input').uncheck();
  });

  it.each(['overview', 'monitoring', 'activity'])(
    'finds no critical or serious violation on the instance page, %s tab',
    async (tab) => {
      await page.goto(
        `${stackUrls().web}${instancePath}${tab === 'overview' ? '' : `?tab=${tab}`}`,
      );
      await page.getByRole('tab', { name: new RegExp(tab, 'i') }).waitFor();
      // The Overview draws with its details: audit it once they are there.
      if (tab === 'overview') await page.getByTestId('instance-configuration').waitFor();
      if (tab === 'monitoring') await chartsShown(page);
      await page.waitForLoadState('networkidle');

      expect(severe(await audit(page))).toEqual([]);
    },
  );

  it.each([
    ['tags editor', 'edit-tags'],
    ['team dialog', 'move-team'],
    ['change-type dialog', 'change-type'],
  ])('finds no critical or serious violation in the %s', async (_, button) => {
    await page.goto(`${stackUrls().web}${instancePath}`);
    await page.getByTestId('instance-configuration').waitFor();
    await page.getByTestId(button).click();
    await page.getByRole('dialog').waitFor();
    // Audited mid fade-in, text blends with the backdrop and reads as low contrast: wait it out.
    await page.waitForFunction(() => {
      const container = document.querySelector('.MuiDialog-container');
      return container !== null && getComputedStyle(container).opacity === '1';
    });
    await page.waitForLoadState('networkidle');

    expect(severe(await audit(page))).toEqual([]);
  });

  it('finds no critical or serious violation on the audit page', async () => {
    await page.goto(`${stackUrls().web}/audit`);
    await page.getByRole('heading', { name: 'Audit' }).waitFor();
    await page.waitForLoadState('networkidle');

    expect(severe(await audit(page))).toEqual([]);
  });
});
