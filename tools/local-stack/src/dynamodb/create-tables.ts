import {
  CreateTableCommand,
  DynamoDBClient,
  ResourceInUseException,
  waitUntilTableExists,
  type CreateTableCommandInput,
} from '@aws-sdk/client-dynamodb';
import { resourcesOfType, type CfnResource } from '../serverless-config';

// What CreateTable takes of an AWS::DynamoDB::Table; the rest (PITR, SSE, TTL, tags, streams)
// is AWS-side behaviour the local DynamoDB does not emulate.
const TABLE_PROPERTIES = [
  'TableName',
  'AttributeDefinitions',
  'KeySchema',
  'BillingMode',
  'ProvisionedThroughput',
  'GlobalSecondaryIndexes',
  'LocalSecondaryIndexes',
] as const;

/** CreateTable input for one AWS::DynamoDB::Table definition. */
export function createTableInput(properties: Record<string, unknown>): CreateTableCommandInput {
  const input = Object.fromEntries(
    TABLE_PROPERTIES.filter((key) => properties[key] !== undefined).map((key) => [
      key,
      properties[key],
    ]),
  ) as unknown as CreateTableCommandInput;
  return { BillingMode: 'PAY_PER_REQUEST', ...input };
}

/**
 * Creates every table serverless.yml declares, as declared; existing tables are left as they are.
 * Answers the table names.
 */
export async function createTables(
  endpoint: string,
  resources: Record<string, CfnResource>,
): Promise<string[]> {
  const dynamodb = new DynamoDBClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  const names: string[] = [];
  for (const [, table] of resourcesOfType(resources, 'AWS::DynamoDB::Table')) {
    const input = createTableInput(table.Properties ?? {});
    try {
      await dynamodb.send(new CreateTableCommand(input));
    } catch (error) {
      if (!(error instanceof ResourceInUseException)) throw error;
    }
    await waitUntilTableExists(
      { client: dynamodb, maxWaitTime: 10, minDelay: 1 },
      { TableName: input.TableName },
    );
    names.push(String(input.TableName));
  }
  return names;
}
