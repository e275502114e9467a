import { EC2Client, StartInstancesCommand, StopInstancesCommand } from '@aws-sdk/client-ec2';
import type { Instance } from '@fleet/contract';
import { callApi } from './api-client';
import { waitForInstanceState } from './audit-fixtures';
import { stackUrls } from './stack-urls';

const clients = new Map<string, EC2Client>();

/** An EC2 client on the stack's local AWS, for test set-up that must not go through the API. */
export function localEc2(region: string): EC2Client {
  let client = clients.get(region);
  if (!client) {
    client = new EC2Client({
      region,
      endpoint: stackUrls().localAws,
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    clients.set(region, client);
  }
  return client;
}

/**
 * Brings an instance to `running` or `stopped` behind the API's back (straight to the local
 * EC2), so tests can reuse the few instances of a team. Waits until it is there.
 *
 * @example
 * const instance = await settle(candidate, 'running');
 */
export async function settle(
  instance: Pick<Instance, 'region' | 'id'>,
  state: 'running' | 'stopped',
): Promise<Instance> {
  const now = await waitForInstanceState(instance, ['running', 'stopped', 'terminated']);
  if (now.state === state || now.state === 'terminated') return now;
  const ec2 = localEc2(instance.region);
  await ec2.send(
    state === 'running'
      ? new StartInstancesCommand({ InstanceIds: [instance.id] })
      : new StopInstancesCommand({ InstanceIds: [instance.id] }),
  );
  return waitForInstanceState(instance, [state]);
}

/** A predicate that only says which instances to take first (see `alreadyIn`). */
export function isPreference(predicate: (instance: Instance) => boolean): boolean {
  return (predicate as { preference?: boolean }).preference === true;
}

/** The state a test needs an instance in; `as-is` for tests that change no state and read none. */
export type WantedState = 'running' | 'stopped' | 'as-is';

/**
 * A rotating supply of a team's instances outside production (no protection flags, no reason
 * needed), each handed out in the state a test needs — or, `as-is`, settled in whichever of
 * running or stopped it is, so a test that does not care takes no stopped (or running) instance
 * that earlier files of the run may have used up.
 *
 * @example
 * const supply = await instanceSupply('payments');
 * const instance = await supply.next('running');
 */
export async function instanceSupply(team: string): Promise<{
  next(state: WantedState, predicate?: (instance: Instance) => boolean): Promise<Instance>;
}> {
  const { body } = await callApi<{ items: Instance[] }>(`/instances?limit=100&tag=Team=${team}`);
  const pool = body.items.filter(
    (instance) => instance.tags['Environment'] !== 'production' && instance.state !== 'terminated',
  );
  let cursor = 0;
  return {
    async next(state, predicate = () => true) {
      // A preference (alreadyIn) that no pool instance meets any more — earlier files of the run
      // used them up — falls back to bringing one there, rather than failing the file.
      const preferred = pool.some(predicate) || !isPreference(predicate) ? predicate : () => true;
      for (let tries = 0; tries < pool.length; tries++) {
        const candidate = pool[cursor++ % pool.length] as Instance;
        if (!preferred(candidate)) continue;
        const settled =
          state === 'as-is'
            ? await waitForInstanceState(candidate, ['running', 'stopped', 'terminated'])
            : await settle(candidate, state);
        if (settled.state === state || (state === 'as-is' && settled.state !== 'terminated'))
          return settled;
      }
      throw new Error(`no ${team} instance outside production can be made ${state}`);
    },
  };
}
