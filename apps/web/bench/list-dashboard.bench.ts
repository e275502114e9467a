// The instance list in Chromium at 10,000 instances in 3 regions: the production build (served as
// CloudFront serves it, `web: 'preview'`, as the browser tests use it) against the local stack
// (serverless-offline, the inventory, the emulator's realistic documents). Each figure is the time
// from the operator's act to the new rows on screen.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { stackEnvironment, startLocalStack } from '@fleet/local-stack';

const SIZE = Number(process.env.BENCH_DASHBOARD_SIZE ?? 10_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const WORKSPACE = fileURLToPath(new URL('../../..', import.meta.url));
const ROW = '[data-testid="instance-row"]';
// Seeded names are `<team>-<service>-<env>-<NN>`: each round types one of these and a digit, so
// the timed keystroke (the digit) narrows the rows to other ones.
const PREFIXES = [
  'payments-api-prod-0',
  'search-indexer-prod-0',
  'platform-ingress-prod-0',
  'data-kafka-prod-0',
  'identity-auth-prod-0',
  'payments-ledger-stg-0',
  'search-query-dev-0',
  'data-etl-prod-0',
];

const pct = (values: number[], p: number): number =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))] ??
  0;

async function rowIds(page: Page): Promise<string> {
  return (
    await page.$$eval(ROW, (rows) => rows.map((row) => row.getAttribute('data-instance-id')))
  ).join(',');
}

/** Resolves when the rows on screen are no longer `before` (and there are rows). */
async function rowsChangedFrom(page: Page, before: string): Promise<void> {
  await page.waitForFunction(
    ({ selector, previous }) => {
      const ids = [...document.querySelectorAll(selector)].map((row) =>
        row.getAttribute('data-instance-id'),
      );
      return ids.length > 0 && ids.join(',') !== previous;
    },
    { selector: ROW, previous: before },
    { polling: 'raf' },
  );
}

async function timed(act: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await act();
  return performance.now() - started;
}

async function main(): Promise<void> {
  process.stderr.write(`${SIZE} instances: starting the local stack and building the dashboard…\n`);
  const stack = await startLocalStack({
    ports: 'free',
    web: 'preview',
    instances: SIZE,
    output: { logDir: join(WORKSPACE, 'tmp', `bench-dashboard-${SIZE}`) },
    cognitoData: 'fresh',
    inventorySyncPeriod: '12 hours',
  });
  Object.assign(process.env, stackEnvironment(stack));
  const { dashboardUrl, launchBrowser, signInThroughDashboard } = await import('@fleet/testing');
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.setDefaultTimeout(60_000);
    await signInThroughDashboard(page, 'admin', '/instances');
    await page.waitForSelector(ROW);
    // Cold starts and first downloads are not what is measured: one untimed pass of each act.
    const search = page.getByRole('searchbox', { name: 'Search' });
    const next = page.getByRole('button', { name: 'Next page' });
    const figures = {
      navigation: [] as number[],
      keystroke: [] as number[],
      nextPage: [] as number[],
    };
    for (let round = -1; round < ROUNDS; round += 1) {
      const navigation = await timed(async () => {
        await page.goto(dashboardUrl('/instances'));
        await page.waitForSelector(ROW);
      });
      // The prefix typed and its rows awaited; then the timed keystroke.
      const prefix = PREFIXES[(round + PREFIXES.length) % PREFIXES.length] ?? 'payments-api-prod-0';
      const digit = String(((round + 9) % 9) + 1);
      const term = prefix + digit;
      let before = await rowIds(page);
      await search.fill(prefix);
      await page.waitForURL((url) => url.searchParams.get('q') === prefix);
      await rowsChangedFrom(page, before);
      before = await rowIds(page);
      const keystroke = await timed(async () => {
        await search.press(digit);
        await page.waitForURL((url) => url.searchParams.get('q') === term);
        await rowsChangedFrom(page, before);
      });
      await page.goto(dashboardUrl('/instances'));
      await page.waitForSelector(ROW);
      before = await rowIds(page);
      const nextPage = await timed(async () => {
        await next.click();
        await rowsChangedFrom(page, before);
      });
      if (round < 0) continue;
      figures.navigation.push(navigation);
      figures.keystroke.push(keystroke);
      figures.nextPage.push(nextPage);
    }
    console.log(
      `The instance list in Chromium (production build, local stack), ${SIZE.toLocaleString('en')} instances in 3 regions; ${ROUNDS} rounds after one untimed\n`,
    );
    console.log('| act → new rows on screen | p50 ms | p95 ms | target |');
    console.log('| --- | --: | --: | --: |');
    const line = (name: string, values: number[], target: string): void =>
      console.log(
        `| ${name} | ${pct(values, 0.5).toFixed(0)} | ${pct(values, 0.95).toFixed(0)} | ${target} |`,
      );
    line('navigation to /instances (full page load)', figures.navigation, '≤ 1,000');
    line('search keystroke (300 ms debounce included)', figures.keystroke, '≤ 400');
    line('next page', figures.nextPage, '≤ 300');
  } finally {
    await browser.close();
    await stack.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
