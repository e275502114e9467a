import { DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTables } from './create-tables';

// dynalite ships no types; it is the local DynamoDB the launcher runs.
const dynalite = require('dynalite') as (options: { createTableMs: number }) => Server;

const RESOURCES = {
  AuditTable: {
    Type: 'AWS::DynamoDB::Table',
    Properties: {
      TableName: 'fleet-console-local-audit',
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [
        { AttributeName: 'pk', AttributeType: 'S' },
        { AttributeName: 'sk', AttributeType: 'S' },
        { AttributeName: 'actor', AttributeType: 'S' },
      ],
      KeySchema: [
        { AttributeName: 'pk', KeyType: 'HASH' },
        { AttributeName: 'sk', KeyType: 'RANGE' },
      ],
      GlobalSecondaryIndexes: [
        {
          IndexName: 'by-actor',
          KeySchema: [
            { AttributeName: 'actor', KeyType: 'HASH' },
            { AttributeName: 'sk', KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        },
      ],
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      SSESpecification: { SSEEnabled: true },
    },
  },
  UserPool: { Type: 'AWS::Cognito::UserPool', Properties: {} },
};

describe('createTables', () => {
  let server: Server;
  let endpoint: string;

  beforeAll(async () => {
    server = dynalite({ createTableMs: 0 });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it('creates each table as serverless.yml declares it, indexes included', async () => {
    const names = await createTables(endpoint, RESOURCES);

    expect(names).toEqual(['fleet-console-local-audit']);
    const client = new DynamoDBClient({
      endpoint,
      region: 'us-east-1',
      credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
    });
    const { Table } = await client.send(
      new DescribeTableCommand({ TableName: 'fleet-console-local-audit' }),
    );
    expect(Table?.KeySchema).toEqual(RESOURCES.AuditTable.Properties.KeySchema);
    expect(Table?.GlobalSecondaryIndexes?.map((index) => index.IndexName)).toEqual(['by-actor']);
  });

  it('leaves existing tables as they are on a second start', async () => {
    await expect(createTables(endpoint, RESOURCES)).resolves.toEqual(['fleet-console-local-audit']);
  });
});
