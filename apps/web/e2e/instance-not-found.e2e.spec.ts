import type { Instance, InstancePage } from '@fleet/contract';
import type { Page } from 'playwright-core';
import { callApi, dashboardPagePerTest, dashboardUrl } from '@fleet/testing';
import { LIST_WAIT_MS, ROW } from './support/instance-list-page';

// An instance page at an address that names no instance, through the built dashboard, the API
// under serverless-offline and the seeded fleet in 3 regions, signed in as the payments team's
// operator: a pasted id with the wrong region points to the region that holds it (among the
// instances the operator may see), and nothing else does.
jest.setTimeout(120_000);

let page: Page;

dashboardPagePerTest(
  { viewport: { width: 1440, height: 900 }, timeoutMs: LIST_WAIT_MS, signInAs: 'operator' },
  (opened) => {
    page = opened;
  },
);

const panel = (): ReturnType<Page['getByTestId']> => page.getByTestId('instance-not-found');

async function firstPageAs(as: 'admin' | 'operator'): Promise<Instance[]> {
  const { status, body } = await callApi<InstancePage>('/instances?limit=100', {}, { as });
  expect(status).toBe(200);
  return body.items;
}

/** An instance the admin sees and the operator does not: another team's. */
async function anotherTeamsInstance(): Promise<Instance> {
  const own = new Set((await firstPageAs('operator')).map((instance) => instance.id));
  const foreign = (await firstPageAs('admin')).find((instance) => !own.has(instance.id));
  if (!foreign) throw new Error('every instance is the operator team’s');
  return foreign;
}

/** A managed region other than `region`. */
async function anotherRegion(region: string): Promise<string> {
  const response = await fetch(dashboardUrl('/config.json'));
  const { regions } = (await response.json()) as { regions: string[] };
  const other = regions.find((candidate) => candidate !== region);
  if (!other) throw new Error('the stack manages one region only');
  return other;
}

/** The look-ups the page asks the API for (`GET /instances?q=…`). */
function countLookUps(): () => number {
  let count = 0;
  page.on('request', (request) => {
    if (new URL(request.url()).searchParams.has('q')) count += 1;
  });
  return () => count;
}

// An id of the right form that no instance has.
const UNKNOWN_ID = 'i-0fffffffffffffff0';

/** The operator's first instance, with the list open behind the page the test goes to next. */
async function ownInstanceAfterTheList(): Promise<Instance> {
  const [instance] = await firstPageAs('operator');
  if (!instance) throw new Error('the operator sees no instance');
  await page.goto(dashboardUrl('/instances'));
  await page.waitForSelector(ROW);
  return instance;
}

/** The instance's own page opened at `tab` in place of the address that led to it: Back leads to the list. */
async function openedInPlace(instance: Instance, tab: string): Promise<void> {
  await page.waitForURL(`**/instances/${instance.region}/${instance.id}?tab=${tab}`);
  await expect(page.getByTestId('instance-id').textContent()).resolves.toBe(instance.id);
  await page.goBack();
  await page.waitForURL((url) => url.pathname === '/instances');
}

describe('an instance page that finds no instance', () => {
  it("points to the region that holds the operator's instance, and opens it there in place of the wrong address", async () => {
    const instance = await ownInstanceAfterTheList();
    const wrong = await anotherRegion(instance.region);

    await page.goto(dashboardUrl(`/instances/${wrong}/${instance.id}?tab=monitoring`));
    await expect(panel().textContent()).resolves.toContain(`not found in ${wrong}`);
    await page.getByText(`It is in ${instance.region}`).waitFor();
    await page.getByRole('link', { name: `Open in ${instance.region}` }).click();

    // The wrong address was replaced: Back leads to the list, not to the panel again.
    await openedInPlace(instance, 'monitoring');
  });

  it("says an instance of another team is in no other region, as it says of an id no region holds: the look-up never reveals another team's instance", async () => {
    const foreign = await anotherTeamsInstance();
    const wrong = await anotherRegion(foreign.region);

    for (const id of [foreign.id, UNKNOWN_ID]) {
      await page.goto(dashboardUrl(`/instances/${wrong}/${id}`));
      await page.getByText('It is not in any other region you can see either').waitFor();
      expect(await panel().textContent()).not.toContain(foreign.region);
      expect(await page.getByRole('link', { name: /^Open in/ }).count()).toBe(0);
    }
  });

  it('opens an instance by its id alone where it is, in place of the region-less address', async () => {
    const instance = await ownInstanceAfterTheList();

    await page.goto(dashboardUrl(`/instances/${instance.id}?tab=activity`));

    await openedInPlace(instance, 'activity');
  });

  it("says an id alone is in no region the operator sees, for another team's instance as for an unknown one", async () => {
    const foreign = await anotherTeamsInstance();

    for (const id of [foreign.id, UNKNOWN_ID]) {
      await page.goto(dashboardUrl(`/instances/${id}`));
      await page.getByText('It is in no region you can see').waitFor();
      expect(new URL(page.url()).pathname).toBe(`/instances/${id}`);
      expect(await panel().textContent()).not.toContain(foreign.region);
    }
  });

  it('says a malformed id is not an instance id, without asking the API', async () => {
    const lookUps = countLookUps();

    await page.goto(dashboardUrl('/instances/us-east-1/i-0ee5'));

    await page.getByText('That is not an instance id').waitFor();
    expect(await panel().textContent()).toContain('i-0ee5');
    expect(lookUps()).toBe(0);
  });
});
