import {
  CognitoIdentityProviderClient,
  InitiateAuthCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { DescribeInstancesCommand, EC2Client, StopInstancesCommand } from '@aws-sdk/client-ec2';
import { join } from 'node:path';
import type { InstancePage } from '@fleet/contract';
import { demoUser } from '@fleet/demo-users';
import {
  ec2ReportsState,
  eventually,
  instanceSupply,
  listShowsState,
  localAwsCounters,
  resetLocalAwsCounters,
  stackUrls,
  stopOutsideConsole,
  type LocalBusState,
} from '@fleet/testing';
import { startLocalStack, type LocalStack } from './start-local-stack';

// A second whole stack (own emulator, event bus, DynamoDB, Cognito, serverless-offline) on free
// ports next to the test run's own: each emulator's events must reach its own stack's functions.
jest.setTimeout(300_000);
const REGION = 'eu-west-1';

let second: LocalStack;
let ec2: EC2Client;

beforeAll(async () => {
  second = await startLocalStack({
    ports: 'free',
    web: 'none',
    regions: [REGION],
    instances: 12,
    output: { logDir: join(__dirname, '../../../tmp/test-stack-logs/second-stack') },
    cognitoData: 'fresh',
    tracing: false,
    inventorySyncPeriod: '12 hours',
    // Another fleet than the first stack's: no instance id is shared between the two.
    localAwsEnv: { LOCAL_AWS_SEED: 'second-stack', LOCAL_AWS_STOPPING_MS: '300' },
  });
  ec2 = new EC2Client({
    region: REGION,
    endpoint: second.localAwsUrl,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
}, 300_000);

afterAll(async () => {
  ec2?.destroy();
  await second?.stop();
});

async function busOf(
  localAwsUrl: string,
): Promise<LocalBusState & { rules: { target: string }[] }> {
  return (await (await fetch(`${localAwsUrl}/_local/events`)).json()) as LocalBusState & {
    rules: { target: string }[];
  };
}

async function secondStackList(q: string): Promise<InstancePage> {
  const { AuthenticationResult } = await new CognitoIdentityProviderClient({
    region: 'us-east-1',
    endpoint: second.cognito.endpoint,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  }).send(
    new InitiateAuthCommand({
      AuthFlow: 'USER_PASSWORD_AUTH',
      ClientId: second.cognito.clientId,
      AuthParameters: { USERNAME: demoUser('admin').email, PASSWORD: second.demoPassword },
    }),
  );
  const response = await fetch(`${second.apiUrl}/instances?q=${q}`, {
    headers: { Authorization: `Bearer ${AuthenticationResult?.IdToken ?? ''}` },
  });
  return (await response.json()) as InstancePage;
}

async function aRunningInstanceOfTheSecondStack(): Promise<string> {
  const answer = await ec2.send(
    new DescribeInstancesCommand({
      Filters: [
        { Name: 'instance-state-name', Values: ['running'] },
        { Name: 'tag:Environment', Values: ['development', 'staging'] },
      ],
    }),
  );
  const id = answer.Reservations?.flatMap((r) => r.Instances ?? [])[0]?.InstanceId;
  if (!id) throw new Error('the second stack has no running instance outside production');
  return id;
}

describe('two local stacks side by side', () => {
  it('gives each stack event rules that target its own Lambda port', async () => {
    const [first, other] = [await busOf(stackUrls().localAws), await busOf(second.localAwsUrl)];

    expect(first.rules.length).toBeGreaterThan(0);
    expect(other.rules.length).toBe(first.rules.length);
    expect(first.rules.every((rule) => rule.target.startsWith(`${process.env.LAMBDA_URL}/`))).toBe(
      true,
    );
    expect(other.rules.every((rule) => rule.target.startsWith(`${second.lambdaUrl}/`))).toBe(true);
    expect(second.lambdaUrl).not.toBe(process.env.LAMBDA_URL);
  });

  it('delivers a stop in the second stack to the second stack only', async () => {
    const id = await aRunningInstanceOfTheSecondStack();
    await resetLocalAwsCounters();

    await ec2.send(new StopInstancesCommand({ InstanceIds: [id] }));
    const stoppedAt = await ec2ReportsState({ region: REGION, id }, 'stopped', ec2);
    const listed = await eventually(
      () => secondStackList(id),
      (page) => page.items[0]?.state === 'stopped',
      { withinMs: 5_000 - (Date.now() - stoppedAt), everyMs: 100 },
    );

    expect(listed.items.map((row) => [row.id, row.state])).toEqual([[id, 'stopped']]);
    const delivered = (await busOf(second.localAwsUrl)).recent.filter(
      (event) => event.status === 'delivered',
    );
    expect(delivered.length).toBeGreaterThan(0);
    // The first stack's functions made no EC2 call meanwhile: none of those events reached them.
    expect((await localAwsCounters()).services['ec2']?.total ?? 0).toBe(0);
  });

  it('still delivers the first stack’s events to the first stack', async () => {
    const instance = await (await instanceSupply('search')).next('running');

    await stopOutsideConsole(instance);
    const stoppedAt = await ec2ReportsState(instance, 'stopped');

    expect((await listShowsState(instance, 'stopped', 5_000)) - stoppedAt).toBeLessThanOrEqual(
      5_000,
    );
    expect((await secondStackList(instance.id)).items).toEqual([]);
  });
});
