import {
  RunInstancesCommand,
  type EC2Client,
  type RunInstancesCommandInput,
} from '@aws-sdk/client-ec2';

/** Launches fresh instances through RunInstances, so a test owns instances no other test touches. */
export async function launch(
  ec2: EC2Client,
  count = 1,
  input: Partial<RunInstancesCommandInput> = {},
): Promise<string[]> {
  const out = await ec2.send(
    new RunInstancesCommand({
      ImageId: 'ami-0abcdef1234567890',
      InstanceType: 't3.micro',
      MinCount: count,
      MaxCount: count,
      ...input,
    }),
  );
  return (out.Instances ?? []).map((instance) => instance.InstanceId as string);
}
