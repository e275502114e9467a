import {
  DescribeInstancesCommand,
  type EC2Client,
  type Filter,
  type Instance,
} from '@aws-sdk/client-ec2';

/** Every instance matching the filters, through the SDK (one unpaginated call). */
export async function describeAll(ec2: EC2Client, filters: Filter[] = []): Promise<Instance[]> {
  const out = await ec2.send(
    new DescribeInstancesCommand({ Filters: filters.length ? filters : undefined }),
  );
  return (out.Reservations ?? []).flatMap((r) => r.Instances ?? []);
}

/** The id of one instance in `state` (seeded fleets always have running and stopped ones). */
export async function someInstanceIn(
  ec2: EC2Client,
  state: string,
  extra: Filter[] = [],
): Promise<Instance> {
  const [instance] = await describeAll(ec2, [
    { Name: 'instance-state-name', Values: [state] },
    ...extra,
  ]);
  if (!instance?.InstanceId) throw new Error(`no ${state} instance in the seeded fleet`);
  return instance;
}

/** The current state name of one instance. */
export async function stateOf(ec2: EC2Client, instanceId: string): Promise<string | undefined> {
  const out = await ec2.send(new DescribeInstancesCommand({ InstanceIds: [instanceId] }));
  return out.Reservations?.[0]?.Instances?.[0]?.State?.Name;
}
