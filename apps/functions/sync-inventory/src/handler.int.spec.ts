import { StopInstancesCommand } from '@aws-sdk/client-ec2';
import type { InstancePage } from '@fleet/contract';
import {
  callApi,
  ec2ReportsState,
  eventDeliveriesSettled,
  instanceSupply,
  invokeFunction,
  listShowsState,
  localAwsCounters,
  localEc2,
  localEventBus,
  resetLocalAwsCounters,
  scheduledEvent,
  stackUrls,
} from '@fleet/testing';

interface RegionSync {
  region: string;
  instances: number;
  chunks: number;
}

describe('inventory sync', () => {
  afterEach(async () => {
    await localEventBus({ enabled: true });
  });

  it('repairs what an event missed: with delivery off, a stop shows after the next sync', async () => {
    const instance = await (await instanceSupply('data')).next('running');
    // A start the supply made lands as events that re-read EC2: one landing after the stop
    // below would show the stop without any sync.
    await eventDeliveriesSettled();
    await localEventBus({ enabled: false });
    await localEc2(instance.region).send(new StopInstancesCommand({ InstanceIds: [instance.id] }));
    await ec2ReportsState(instance, 'stopped');
    const before = await callApi<InstancePage>(`/instances?q=${instance.id}`);

    await invokeFunction('sync-inventory', { region: instance.region });

    expect(before.body.items.find((row) => row.id === instance.id)?.state).toBe('running');
    await listShowsState(instance, 'stopped', 1_000);
  });

  it('reads a region with ⌈N/1000⌉ DescribeInstances calls and nothing else from EC2', async () => {
    const [region] = stackUrls().regions as [string];
    await resetLocalAwsCounters();

    const [report] = await invokeFunction<RegionSync[]>('sync-inventory', { region });

    const ec2 = (await localAwsCounters()).services['ec2'];
    expect(report?.region).toBe(region);
    expect(ec2?.actions['DescribeInstances']?.regions).toEqual({
      [region]: Math.ceil((report?.instances ?? 0) / 1000),
    });
    expect(Object.keys(ec2?.actions ?? {})).toEqual(['DescribeInstances']);
  });

  it('reads every managed region on the schedule, although its event names the stack region', async () => {
    const { regions } = stackUrls();

    const reports = await invokeFunction<RegionSync[]>(
      'sync-inventory',
      scheduledEvent(regions[0] as string),
    );

    expect(reports.map((report) => report.region).sort()).toEqual([...regions].sort());
  });

  it('stamps each page with the time of the oldest sync among the regions it read', async () => {
    const before = Date.now();
    await invokeFunction('sync-inventory', {});

    const { body } = await callApi<InstancePage>('/instances?limit=1');

    expect(Date.parse(body.inventory.syncedAt ?? '')).toBeGreaterThanOrEqual(before - 1_000);
    expect(Date.parse(body.inventory.updatedAt ?? '')).toBeGreaterThan(0);
  });
});
