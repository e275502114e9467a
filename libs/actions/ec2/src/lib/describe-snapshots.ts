import { DescribeInstancesCommand, type EC2Client } from '@aws-sdk/client-ec2';
import type { InstanceSnapshot } from '@fleet/actions-domain';
import type { InstanceState } from '@fleet/contract';

/**
 * The instances' state, tags, type and hibernation, from one DescribeInstances. It uses an
 * `instance-id` filter, which skips unknown ids instead of failing the whole call as
 * `InstanceIds` would.
 *
 * @example
 * const [snapshot] = await describeSnapshots(client, 'eu-west-1', ['i-0123456789abcdef0']);
 */
export async function describeSnapshots(
  client: EC2Client,
  region: string,
  ids: readonly string[],
): Promise<InstanceSnapshot[]> {
  const output = await client.send(
    new DescribeInstancesCommand({ Filters: [{ Name: 'instance-id', Values: [...ids] }] }),
  );
  return (output.Reservations ?? []).flatMap((reservation) =>
    (reservation.Instances ?? []).map((instance): InstanceSnapshot => ({
      region,
      id: instance.InstanceId ?? '',
      state: (instance.State?.Name as InstanceState | undefined) ?? 'pending',
      tags: Object.fromEntries(
        (instance.Tags ?? []).map((tag) => [tag.Key ?? '', tag.Value ?? '']),
      ),
      hibernationConfigured: instance.HibernationOptions?.Configured ?? false,
      ...(instance.InstanceType ? { instanceType: instance.InstanceType } : {}),
    })),
  );
}
