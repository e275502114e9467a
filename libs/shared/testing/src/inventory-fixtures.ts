import {
  DescribeInstancesCommand,
  StopInstancesCommand,
  TerminateInstancesCommand,
  type EC2Client,
} from '@aws-sdk/client-ec2';
import { randomUUID } from 'node:crypto';
import type { Instance, InstancePage, InstanceState } from '@fleet/contract';
import { callApi } from './api-client';
import { eventually } from './eventually';
import { waitForInstanceState } from './audit-fixtures';
import { localEc2 } from './instance-preparation';
import { requiredStackEnv, stackUrls } from './stack-urls';

/**
 * Invokes a function of the stack through serverless-offline's Lambda endpoint and returns its
 * answer, as the AWS SDK's Lambda client would (`RequestResponse`).
 *
 * @example
 * await invokeFunction('sync-inventory', { region: 'eu-west-1' });
 */
export async function invokeFunction<T>(name: string, payload: unknown): Promise<T> {
  const url = `${requiredStackEnv('LAMBDA_URL')}/2015-03-31/functions/fleet-console-local-${name}/invocations`;
  const response = await fetch(url, { method: 'POST', body: JSON.stringify(payload) });
  const text = await response.text();
  if (!response.ok || response.headers.get('x-amz-function-error'))
    throw new Error(`${name} failed: ${response.status} ${text}`);
  return JSON.parse(text) as T;
}

/**
 * The event EventBridge (and serverless-offline's `schedule`) delivers to a `rate(…)` rule's
 * target: a Scheduled Event, whose `region` is where the rule lives, not a request.
 *
 * @example
 * await invokeFunction('sync-inventory', scheduledEvent('us-east-1'));
 */
export function scheduledEvent(region: string): Record<string, unknown> {
  return {
    version: '0',
    id: randomUUID(),
    'detail-type': 'Scheduled Event',
    source: 'aws.events',
    account: '123456789012',
    time: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    region,
    resources: [`arn:aws:events:${region}:123456789012:rule/local-schedule`],
    detail: {},
  };
}

/** What the local event bus reports (tools/local-aws `GET /_local/events`). */
export interface LocalBusState {
  readonly enabled: boolean;
  readonly counts: Record<'delivered' | 'unmatched' | 'failed' | 'disabled', number>;
  /** Events whose targets are still running. */
  readonly inFlight: number;
  readonly recent: readonly { eventId: string; status: string; rules: string[] }[];
}

/**
 * Reads the local event bus, or switches its delivery on or off first.
 *
 * @example
 * await localEventBus({ enabled: false }); // events are dropped until switched back on
 */
export async function localEventBus(settings?: { enabled: boolean }): Promise<LocalBusState> {
  const response = await fetch(`${stackUrls().localAws}/_local/events`, {
    method: settings ? 'PUT' : 'GET',
    headers: settings ? { 'Content-Type': 'application/json' } : undefined,
    body: settings ? JSON.stringify(settings) : undefined,
  });
  if (!response.ok) throw new Error(`local event bus: ${response.status} ${await response.text()}`);
  return (await response.json()) as LocalBusState;
}

/**
 * Waits until no event is on its way to a target: what an instance's preparation set off (its
 * start's events, each re-reading EC2 when it lands) has reached the inventory, and cannot land
 * in the middle of what a test does next.
 *
 * @example
 * const instance = await (await instanceSupply('data')).next('running');
 * await eventDeliveriesSettled();
 */
export async function eventDeliveriesSettled(timeoutMs = 30_000): Promise<void> {
  const inFlight = await eventually(
    async () => (await localEventBus()).inFlight,
    (count) => count === 0,
    { withinMs: timeoutMs, everyMs: 100 },
  );
  if (inFlight > 0) throw new Error(`events still in flight after ${timeoutMs} ms`);
}

/**
 * Waits until the local EC2 itself reports the state, and answers when it first did (epoch ms).
 * `ec2` is the test stack's by default; a spec that starts a stack of its own passes that one's.
 *
 * @example
 * const stoppedAt = await ec2ReportsState(instance, 'stopped');
 */
export async function ec2ReportsState(
  instance: Pick<Instance, 'region' | 'id'>,
  state: InstanceState,
  ec2: EC2Client = localEc2(instance.region),
): Promise<number> {
  const reported = await eventually(
    async () => {
      const answer = await ec2.send(new DescribeInstancesCommand({ InstanceIds: [instance.id] }));
      return answer.Reservations?.[0]?.Instances?.[0]?.State?.Name;
    },
    (name) => name === state,
    { attempts: 400, everyMs: 25 },
  );
  if (reported === state) return Date.now();
  throw new Error(`EC2 never reported ${instance.id} ${state}`);
}

/**
 * Polls the list (`GET /instances`) until the instance shows in the state; answers when it did.
 *
 * @example
 * const listedAt = await listShowsState(instance, 'stopped', 10_000);
 */
export async function listShowsState(
  instance: Pick<Instance, 'region' | 'id'>,
  state: InstanceState,
  timeoutMs: number,
): Promise<number> {
  const shows = ({ body }: { body: InstancePage }): boolean =>
    body.items.some((row) => row.id === instance.id && row.state === state);
  const answer = await eventually(
    () => callApi<InstancePage>(`/instances?region=${instance.region}&q=${instance.id}`),
    shows,
    { withinMs: timeoutMs, everyMs: 100 },
  );
  if (shows(answer)) return Date.now();
  throw new Error(`the list never showed ${instance.id} ${state} within ${timeoutMs} ms`);
}

/**
 * Stops an instance the way someone outside the console would: straight to EC2, no API call.
 *
 * @example
 * await stopOutsideConsole(instance);
 */
export async function stopOutsideConsole(instance: Pick<Instance, 'region' | 'id'>): Promise<void> {
  await localEc2(instance.region).send(new StopInstancesCommand({ InstanceIds: [instance.id] }));
}

/**
 * Terminates an instance the way someone outside the console would, straight to EC2, and waits
 * until EC2 reports it terminated.
 *
 * @example
 * await terminateOutsideConsole(instance);
 */
export async function terminateOutsideConsole(
  instance: Pick<Instance, 'region' | 'id'>,
): Promise<void> {
  await localEc2(instance.region).send(
    new TerminateInstancesCommand({ InstanceIds: [instance.id] }),
  );
  await waitForInstanceState(instance, ['terminated']);
}
