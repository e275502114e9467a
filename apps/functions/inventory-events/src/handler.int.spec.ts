import { StopInstancesCommand } from '@aws-sdk/client-ec2';
import type { Instance } from '@fleet/contract';
import {
  callApi,
  clearFaults,
  ec2ReportsState,
  eventually,
  injectFaults,
  instanceSupply,
  invokeFunction,
  listShowsState,
  localEc2,
  localEventBus,
  stackUrls,
  jsonPost,
} from '@fleet/testing';

async function putEvent(event: object): Promise<{ eventId: string; rules: string[] }> {
  const response = await fetch(`${stackUrls().localAws}/_local/events`, jsonPost(event));
  return (await response.json()) as { eventId: string; rules: string[] };
}

async function deliveryOf(eventId: string, waitMs = 5_000): Promise<string | undefined> {
  const found = await eventually(
    async () => (await localEventBus()).recent.find((delivery) => delivery.eventId === eventId),
    (delivery) => delivery !== undefined,
    { attempts: waitMs / 100, everyMs: 100 },
  );
  return found?.status;
}

const envelope = (detailType: string, detail: object, region: string): object => ({
  version: '0',
  id: `test-${detailType.length}-${Date.now()}`,
  'detail-type': detailType,
  source: 'aws.ec2',
  account: '123456789012',
  time: new Date().toISOString(),
  region,
  resources: [],
  detail,
});

describe('inventory events', () => {
  let instance: Instance;

  beforeAll(async () => {
    instance = await (await instanceSupply('search')).next('running');
  });

  afterEach(async () => {
    await localEventBus({ enabled: true });
  });

  it('shows a stop made outside the console in the list within 5 s of EC2 reporting it', async () => {
    await localEc2(instance.region).send(new StopInstancesCommand({ InstanceIds: [instance.id] }));
    const stoppedAt = await ec2ReportsState(instance, 'stopped');

    const listedAt = await listShowsState(instance, 'stopped', 5_000);

    expect(listedAt - stoppedAt).toBeLessThanOrEqual(5_000);
  });

  it('does not deliver an event that matches none of the function’s patterns', async () => {
    const spot = await putEvent(
      envelope(
        'EC2 Spot Instance Interruption Warning',
        { 'instance-id': instance.id },
        instance.region,
      ),
    );
    const untracked = await putEvent(
      envelope(
        'AWS API Call via CloudTrail',
        { eventSource: 'ec2.amazonaws.com', eventName: 'DescribeInstances' },
        instance.region,
      ),
    );
    const stateChange = await putEvent(
      envelope(
        'EC2 Instance State-change Notification',
        { 'instance-id': instance.id, state: 'stopped' },
        instance.region,
      ),
    );

    expect([spot.rules, untracked.rules]).toEqual([[], []]);
    expect(await deliveryOf(spot.eventId)).toBe('unmatched');
    expect(await deliveryOf(untracked.eventId)).toBe('unmatched');
    expect(stateChange.rules).toEqual(['inventory-events-rule-1']);
    expect(await deliveryOf(stateChange.eventId)).toBe('delivered');
  });

  it('keeps the local API answering when the event’s function fails on every delivery', async () => {
    // The re-read fails past the SDK's retries, so the function throws on each of the bus's tries.
    await injectFaults([{ service: 'ec2', action: 'DescribeInstances', internalError: 1 }]);
    const event = await putEvent(
      envelope(
        'EC2 Instance State-change Notification',
        { 'instance-id': instance.id, state: 'stopped' },
        instance.region,
      ),
    );

    const status = await deliveryOf(event.eventId, 30_000);
    await clearFaults();

    expect(status).toBe('failed');
    expect((await callApi(`/instances?region=${instance.region}`)).status).toBe(200);
  });

  it('re-reads the instance for a late event instead of storing the state the event carries', async () => {
    await localEventBus({ enabled: false });
    const running = await (await instanceSupply('search')).next('running');
    await localEc2(running.region).send(new StopInstancesCommand({ InstanceIds: [running.id] }));
    await ec2ReportsState(running, 'stopped');

    // A notification from long ago that the instance was running: a hint, not a fact.
    const outcome = await invokeFunction<{ reread: number }>(
      'inventory-events',
      envelope(
        'EC2 Instance State-change Notification',
        { 'instance-id': running.id, state: 'running' },
        running.region,
      ),
    );

    expect(outcome.reread).toBe(1);
    await listShowsState(running, 'stopped', 1_000);
  });
});
