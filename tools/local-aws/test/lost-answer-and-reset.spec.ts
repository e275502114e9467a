import {
  CreateTableCommand,
  DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  ScanCommand,
} from '@aws-sdk/client-dynamodb';
import {
  DescribeInstancesCommand,
  RunInstancesCommand,
  StopInstancesCommand,
} from '@aws-sdk/client-ec2';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { LocalAws } from '../src/index';
import { admin, ec2Client, errorOf, startLocalAws } from './support/harness';

// dynalite ships no types; it is the DynamoDB the local stack forwards to.
const dynalite = require('dynalite') as (options: { createTableMs: number }) => Server;

describe('lost answers and reset', () => {
  let dynamo: Server;
  let aws: LocalAws;
  let db: DynamoDBClient;

  beforeAll(async () => {
    dynamo = dynalite({ createTableMs: 0 });
    await new Promise<void>((resolve) => dynamo.listen(0, '127.0.0.1', resolve));
    const target = `http://127.0.0.1:${(dynamo.address() as AddressInfo).port}`;
    aws = await startLocalAws({ forward: { dynamodb: target } });
    db = new DynamoDBClient({
      endpoint: aws.url,
      region: 'us-east-1',
      credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
      maxAttempts: 1,
    });
    await db.send(
      new CreateTableCommand({
        TableName: 'things',
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
        KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
      }),
    );
  });
  afterEach(async () => {
    await admin(aws, 'DELETE', '/_local/faults');
  });
  afterAll(async () => {
    db.destroy();
    await aws.close();
    await new Promise((resolve) => dynamo.close(resolve));
  });

  it('commits a DynamoDB write whose answer it then loses as a 500', async () => {
    await admin(aws, 'PUT', '/_local/faults', {
      rules: [{ service: 'dynamodb', action: 'PutItem', lostAnswer: 1 }],
    });

    const error = await errorOf(() =>
      db.send(new PutItemCommand({ TableName: 'things', Item: { id: { S: 'lost' } } })),
    );

    expect(error.$metadata?.httpStatusCode).toBe(500);
    const read = await db.send(
      new GetItemCommand({ TableName: 'things', Key: { id: { S: 'lost' } } }),
    );
    expect(read.Item?.id?.S).toBe('lost');
  });

  it('stops an EC2 instance whose StopInstances answer it then loses', async () => {
    const ec2 = ec2Client(aws);
    const { Reservations } = await ec2.send(
      new DescribeInstancesCommand({
        Filters: [{ Name: 'instance-state-name', Values: ['running'] }],
        MaxResults: 5,
      }),
    );
    const id = Reservations?.[0]?.Instances?.[0]?.InstanceId as string;
    await admin(aws, 'PUT', '/_local/faults', {
      rules: [{ action: 'StopInstances', lostAnswer: 1 }],
    });

    const error = await errorOf(() => ec2.send(new StopInstancesCommand({ InstanceIds: [id] })));

    expect([error.name, error.$metadata?.httpStatusCode]).toEqual(['InternalError', 500]);
    const after = await ec2.send(new DescribeInstancesCommand({ InstanceIds: [id] }));
    expect(after.Reservations?.[0]?.Instances?.[0]?.State?.Name).toMatch(/stopping|stopped/);
    ec2.destroy();
  });

  it('reseeds the same fleet, empties the tables and clears counters and faults', async () => {
    const ec2 = ec2Client(aws);
    const listAll = async (): Promise<string[]> =>
      ((await ec2.send(new DescribeInstancesCommand({}))).Reservations ?? [])
        .flatMap((r) => r.Instances ?? [])
        .map((i) => `${i.InstanceId}:${i.State?.Name}`)
        .sort();
    await admin(aws, 'POST', '/_local/reset');
    const fresh = await listAll();
    const firstRun = await ec2.send(
      new RunInstancesCommand({ ImageId: 'ami-0123456789abcdef0', MinCount: 1, MaxCount: 1 }),
    );
    await db.send(new PutItemCommand({ TableName: 'things', Item: { id: { S: 'left-over' } } }));
    await admin(aws, 'PUT', '/_local/faults', { rules: [{ service: 'sqs', internalError: 1 }] });

    const reset = await admin(aws, 'POST', '/_local/reset');

    expect(reset.status).toBe(200);
    expect(((await admin(aws, 'GET', '/_local/counters')).json as { total: number }).total).toBe(0);
    expect(await listAll()).toEqual(fresh);
    // The run-time ids replay too: one seed sequence, restarted.
    const secondRun = await ec2.send(
      new RunInstancesCommand({ ImageId: 'ami-0123456789abcdef0', MinCount: 1, MaxCount: 1 }),
    );
    expect(secondRun.Instances?.[0]?.InstanceId).toBe(firstRun.Instances?.[0]?.InstanceId);
    expect((await db.send(new ScanCommand({ TableName: 'things' }))).Count).toBe(0);
    expect((await admin(aws, 'GET', '/_local/faults')).json).toEqual({});
    ec2.destroy();
  });
});
