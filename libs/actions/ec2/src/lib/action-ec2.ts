import {
  DescribeInstanceAttributeCommand,
  ModifyInstanceAttributeCommand,
  RebootInstancesCommand,
  StartInstancesCommand,
  StopInstancesCommand,
  TerminateInstancesCommand,
  type EC2Client,
  type InstanceStateChange,
} from '@aws-sdk/client-ec2';
import {
  wantedFlags,
  type ActionEc2Port,
  type ActionOptions,
  type CallResult,
  type ProtectionState,
} from '@fleet/actions-domain';
import type { InstanceAction, InstanceState, ProtectionFlag } from '@fleet/contract';
import { callFailure } from './call-failure';
import { describeSnapshots } from './describe-snapshots';
import { ec2ClientCache } from './ec2-clients';
import { retag } from './retag';

function changesOf(changes: InstanceStateChange[] | undefined): CallResult {
  return {
    ok: true,
    changes: new Map(
      (changes ?? []).map((change) => [
        change.InstanceId ?? '',
        {
          previous: (change.PreviousState?.Name as InstanceState | undefined) ?? null,
          current: (change.CurrentState?.Name as InstanceState | undefined) ?? null,
        },
      ]),
    ),
  };
}

async function send(
  client: EC2Client,
  region: string,
  ids: string[],
  action: InstanceAction,
  options: ActionOptions,
): Promise<CallResult> {
  const InstanceIds = ids;
  switch (action) {
    case 'start':
      return changesOf(
        (await client.send(new StartInstancesCommand({ InstanceIds }))).StartingInstances,
      );
    case 'stop':
      return changesOf(
        (
          await client.send(
            new StopInstancesCommand({
              InstanceIds,
              Force: options.force,
              Hibernate: options.hibernate,
            }),
          )
        ).StoppingInstances,
      );
    case 'reboot':
      await client.send(new RebootInstancesCommand({ InstanceIds }));
      return { ok: true, changes: new Map() };
    case 'terminate':
      return changesOf(
        (await client.send(new TerminateInstancesCommand({ InstanceIds }))).TerminatingInstances,
      );
    case 'tag':
    case 'tag-team':
      return retag(client, region, ids, options.tags ?? { set: {}, remove: [] });
    case 'resize':
      // One instance per call (executeInRegion splits); EC2 refuses unless it is stopped.
      for (const id of ids) {
        await client.send(
          new ModifyInstanceAttributeCommand({
            InstanceId: id,
            InstanceType: { Value: options.instanceType },
          }),
        );
      }
      return { ok: true, changes: new Map() };
    case 'protect':
      // ModifyInstanceAttribute takes one instance and one attribute per call.
      for (const id of ids) {
        for (const [flag, value] of wantedFlags(options)) {
          const attribute = flag === 'disableApiStop' ? 'DisableApiStop' : 'DisableApiTermination';
          await client.send(
            new ModifyInstanceAttributeCommand({ InstanceId: id, [attribute]: { Value: value } }),
          );
        }
      }
      return { ok: true, changes: new Map() };
  }
}

/**
 * EC2 for instance actions (state changes, protection, tags, type), over the SDK; no rules here (they live in `@fleet/actions-domain`).
 * DescribeInstances uses an `instance-id` filter, which skips unknown ids instead of failing the
 * whole call as `InstanceIds` would.
 *
 * @example
 * const ec2 = createActionEc2();
 * const [snapshot] = await ec2.describe('eu-west-1', ['i-0123456789abcdef0']);
 */
export function createActionEc2(clientFor = ec2ClientCache()): ActionEc2Port {
  return {
    describe: (region, ids) => describeSnapshots(clientFor(region), region, ids),
    async protection(region, id, flags) {
      const values = await Promise.all(
        flags.map(async (flag: ProtectionFlag) => {
          const output = await clientFor(region).send(
            new DescribeInstanceAttributeCommand({ InstanceId: id, Attribute: flag }),
          );
          const value =
            flag === 'disableApiStop'
              ? output.DisableApiStop?.Value
              : output.DisableApiTermination?.Value;
          return [flag, value ?? false] as const;
        }),
      );
      return Object.fromEntries(values) as ProtectionState;
    },
    async execute(region, ids, action, options) {
      try {
        return await send(clientFor(region), region, [...ids], action, options);
      } catch (error) {
        return callFailure(error);
      }
    },
  };
}
