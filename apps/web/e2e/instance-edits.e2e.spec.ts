import type { Instance } from '@fleet/contract';
import {
  alreadyIn,
  callApi,
  dashboardPagePerTest,
  dashboardUrl,
  instanceDetailOf,
  instanceSupply,
  stackUrls,
  jsonPost,
} from '@fleet/testing';
import type { Page } from 'playwright-core';

// The built dashboard against the local stack, 1440×900: an operator (team payments) edits an
// instance's tags and changes the type of a stopped one from its page, reads its network and
// security panel, and copies its id. Each test puts the instance back as it found it.
jest.setTimeout(180_000);
const WAIT_MS = 60_000;

let page: Page;

dashboardPagePerTest(
  { viewport: { width: 1440, height: 900 }, timeoutMs: WAIT_MS, signInAs: 'operator' },
  (opened) => {
    page = opened;
  },
);

async function openPage(instance: Instance): Promise<void> {
  await page.goto(dashboardUrl(`/instances/${instance.region}/${instance.id}`));
  await page.getByTestId('instance-title').waitFor();
}

// Taken as they are (never started or stopped here): other suites read the seeded states.
const supply = instanceSupply('payments');

describe('instance edits in the dashboard', () => {
  it('lets an operator add a tag in the tags editor and shows it on the page', async () => {
    const instance = await (await supply).next('running', (i) => i.state === 'running');
    await openPage(instance);

    await page.getByTestId('edit-tags').click();
    await page.getByTestId('add-tag').click();
    await page.getByTestId('tag-key').last().fill('E2eOwner');
    await page.getByTestId('tag-value').last().fill('ana');
    await page.getByTestId('confirm-edit').click();
    await page.getByTestId('edit-done').waitFor();
    await page.getByRole('button', { name: 'Close' }).click();

    try {
      await page.getByRole('table', { name: 'Tags' }).getByText('E2eOwner').waitFor();
      expect((await instanceDetailOf(instance)).tags['E2eOwner']).toBe('ana');
    } finally {
      await callApi(
        '/instances/tags',
        jsonPost({ region: instance.region, id: instance.id, remove: ['E2eOwner'] }),
      );
    }
  });

  it('lets an operator change the type of a stopped instance from the DescribeInstanceTypes choices', async () => {
    const instance = await (await supply).next('stopped', alreadyIn('stopped'));
    const [family] = instance.type.split('.');
    const target = instance.type.endsWith('.large') ? `${family}.xlarge` : `${family}.large`;
    await openPage(instance);

    await page.getByTestId('change-type').click();
    await page.getByTestId('type-select').click();
    await page.getByRole('option', { name: new RegExp(`^${target.replace('.', '\\.')} `) }).click();
    await page.getByTestId('confirm-edit').click();
    await page.getByTestId('edit-done').waitFor();

    try {
      expect((await instanceDetailOf(instance)).type).toBe(target);
    } finally {
      await callApi(
        '/instances/resize',
        jsonPost({
          region: instance.region,
          id: instance.id,
          instanceType: instance.type,
        }),
      );
    }
  });

  it('shows the network and security panel, and copies the instance id', async () => {
    const instance = await (await supply).next('running', (i) => i.state === 'running');
    const detail = await instanceDetailOf(instance);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: stackUrls().web,
    });
    await openPage(instance);

    const panel = page.getByTestId('instance-configuration');
    await panel.getByText(detail.configuration?.vpcId ?? 'no VPC').waitFor();
    await page.getByRole('button', { name: 'Copy instance id' }).first().click();

    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(instance.id);
    expect(await panel.getByTestId('instance-volume').count()).toBeGreaterThan(0);
  });
});
