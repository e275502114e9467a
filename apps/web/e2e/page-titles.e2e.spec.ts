import type { InstancePage } from '@fleet/contract';
import type { Page } from 'playwright-core';
import {
  callApi,
  dashboardPagePerTest,
  dashboardUrl,
  signInThroughDashboard,
} from '@fleet/testing';

// Every page of the built dashboard names its tab (WCAG 2.4.2, and operators keep several tabs
// of several stages open): what the page shows, the stage, the product. Signed in as an SRE, who
// reads every area; the local stack's stage is `local`.
jest.setTimeout(120_000);
const WAIT_MS = 45_000;

let page: Page;

dashboardPagePerTest({ viewport: { width: 1440, height: 900 }, timeoutMs: WAIT_MS }, (opened) => {
  page = opened;
});

/** Opens `path` and waits (within the step's limit) until the tab reads `title`; answers what it reads. */
async function titleAt(path: string, title: string): Promise<string> {
  await page.goto(dashboardUrl(path));
  // index.html's plain "Fleet Console" names the tab until the page draws; an instance page's
  // title names the instance once its details arrive.
  await page
    .waitForFunction((expected) => document.title === expected, title, { timeout: 15_000 })
    .catch(() => undefined);
  return page.title();
}

describe('page titles', () => {
  it('names each page, the stage and the product in the tab', async () => {
    const { body } = await callApi<InstancePage>('/instances?limit=1', {}, { as: 'sre' });
    const [instance] = body.items;
    if (!instance?.name) throw new Error('the SRE sees no named instance');
    const { stage } = (await (await fetch(dashboardUrl('/config.json'))).json()) as {
      stage: string;
    };
    const trace = '1-5759e988-bd862e3fe1be46a994272793';

    const named = (title: string): string => `${title} · ${stage} · Fleet Console`;

    expect(await titleAt('/sign-in', named('Sign in'))).toBe(named('Sign in'));
    await signInThroughDashboard(page, 'sre');
    const pages: [string, string][] = [
      ['/instances?state=running', 'Instances'],
      [
        `/instances/${instance.region}/${instance.id}?tab=monitoring`,
        `${instance.name} (${instance.id}) · ${instance.region}`,
      ],
      [`/instances/${instance.region}/i-0fffffffffffffff0`, 'i-0fffffffffffffff0 not found'],
      ['/audit', 'Audit'],
      ['/traces', 'Traces'],
      [`/traces/${trace}`, `Trace ${trace}`],
      ['/health', 'Service health'],
      ['/no-such-page', 'Page not found'],
    ];
    const shown: string[] = [];
    for (const [path, title] of pages) shown.push(await titleAt(path, named(title)));

    expect(shown).toEqual(pages.map(([, title]) => named(title)));
  });
});
