import { launchBrowser, stackUrls, takeCspViolations } from '@fleet/testing';
import type { Browser } from 'playwright-core';
import { IMMUTABLE, NEVER_STORED } from '../edge/cache-control';
import { dashboardSecurityHeaders } from '../edge/security-headers';

// The stack's dashboard is the production build served by the preview server: CloudFront's
// headers, route fallback and cache rules, from infra/edge.
const web = (path: string): string => `${stackUrls().web}${path}`;

async function assetPath(): Promise<string> {
  const html = await (await fetch(web('/'))).text();
  const script = /<script[^>]+src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
  if (!script) throw new Error('index.html loads no script from /assets');
  return script;
}

describe('the dashboard preview (production build, CloudFront rules)', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("sends the policy template's headers with this stack's API and Cognito origins", async () => {
    const expected = dashboardSecurityHeaders({
      apiOrigin: new URL(stackUrls().api).origin,
      cognitoOrigin: new URL(process.env['COGNITO_ENDPOINT'] ?? '').origin,
    });

    for (const path of ['/', '/instances', await assetPath(), '/config.json', '/missing.png']) {
      const response = await fetch(web(path));
      for (const [name, value] of Object.entries(expected)) {
        expect({ path, name, value: response.headers.get(name) }).toEqual({ path, name, value });
      }
    }
    expect(expected['Content-Security-Policy']).toContain("script-src 'self';");
  });

  it('serves index.html for routes, and a 404 for a missing file', async () => {
    const index = await (await fetch(web('/'))).text();
    const route = await fetch(web('/instances/eu-west-1/i-0123456789abcdef0'));
    const missingAsset = await fetch(web('/assets/no-such-chunk.js'));

    expect(route.status).toBe(200);
    expect(await route.text()).toBe(index);
    expect(missingAsset.status).toBe(404);
  });

  it('never lets index.html or config.json be kept, and keeps hashed assets for good', async () => {
    const cacheControl = async (path: string): Promise<string | null> =>
      (await fetch(web(path))).headers.get('cache-control');

    expect(await cacheControl('/')).toBe(NEVER_STORED);
    expect(await cacheControl('/audit')).toBe(NEVER_STORED);
    expect(await cacheControl('/config.json')).toBe(NEVER_STORED);
    expect(await cacheControl(await assetPath())).toBe(IMMUTABLE);
  });

  it('counts a script the CSP refuses', async () => {
    const page = await browser.newPage();
    await page.goto(web('/'));

    // An inline script, as an injected one would be: the CSP refuses it.
    await page.evaluate(
      "document.head.append(Object.assign(document.createElement('script'), { textContent: 'window.injected = true' }))",
    );
    await page.waitForTimeout(200);
    const violations = takeCspViolations();
    const injected = await page.evaluate('window.injected');
    await page.close();

    expect(injected).toBeUndefined();
    expect(violations).toEqual([expect.objectContaining({ directive: 'script-src-elem' })]);
  });
});
