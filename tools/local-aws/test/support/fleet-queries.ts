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

/** The current state name of one instance. */
export async function stateOf(ec2: EC2Client, instanceId: string): Promise<string | undefined> {
  const out = await ec2.send(new DescribeInstancesCommand({ InstanceIds: [instanceId] }));
  return out.Reservations?.[0]?.Instances?.[0]?.State?.Name;
}
