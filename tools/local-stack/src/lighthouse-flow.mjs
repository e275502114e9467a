// Run by lighthouse-list.ts under `npx -p lighthouse@12.8.2` (so Lighthouse and its
// puppeteer-core stay out of the workspace): signs in through the dashboard in Chromium, then
// audits a signed-in page in the same tab (its session lives in the tab's sessionStorage).
//   node lighthouse-flow.mjs <signInUrl> <pageUrl> <email> <password> <reportPath>
import { writeFile } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

// npx puts its package folder's .bin on PATH: the modules are beside it.
const bin = (process.env.PATH ?? '').split(delimiter).find((dir) => dir.includes('_npx'));
if (!bin) throw new Error('run me through npx -p lighthouse@12.8.2');
const modules = join(bin, '..');
const load = (path) => import(pathToFileURL(join(modules, path)).href);
const { startFlow } = await load('lighthouse/core/index.js');
const { default: desktopConfig } = await load('lighthouse/core/config/desktop-config.js');
const { default: puppeteer } = await load('puppeteer-core/lib/esm/puppeteer/puppeteer-core.js');

const [signInUrl, pageUrl, email, password, reportPath] = process.argv.slice(2);
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
try {
  const page = await browser.newPage();
  await page.goto(signInUrl, { waitUntil: 'networkidle0', timeout: 120_000 });
  await page.locator('input[type="email"], input[name="email"], #email').fill(email);
  await page.locator('input[type="password"]').fill(password);
  await page.locator('button[type="submit"]').click();
  await page.waitForFunction(() => !location.pathname.startsWith('/sign-in'), { timeout: 120_000 });
  // Warm the API's functions (cold starts are serverless-offline's, not the page's).
  await page.goto(pageUrl, { waitUntil: 'networkidle0', timeout: 120_000 });
  await page.waitForSelector('[data-testid="instance-row"]', { timeout: 120_000 });
  const flow = await startFlow(page, {
    config: desktopConfig,
    flags: { disableStorageReset: true, onlyCategories: ['performance', 'accessibility'] },
  });
  await flow.navigate(pageUrl);
  const [step] = (await flow.createFlowResult()).steps;
  await writeFile(reportPath, JSON.stringify(step.lhr));
} finally {
  await browser.close();
}
