import {
  BatchWriteItemCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ListTablesCommand,
  ScanCommand,
  type AttributeValue,
} from '@aws-sdk/client-dynamodb';

type Key = Record<string, AttributeValue>;

async function tableNames(client: DynamoDBClient): Promise<string[]> {
  const names: string[] = [];
  let start: string | undefined;
  do {
    const page = await client.send(new ListTablesCommand({ ExclusiveStartTableName: start }));
    names.push(...(page.TableNames ?? []));
    start = page.LastEvaluatedTableName;
  } while (start);
  return names;
}

async function emptyTable(client: DynamoDBClient, table: string): Promise<number> {
  const described = await client.send(new DescribeTableCommand({ TableName: table }));
  const keyNames = (described.Table?.KeySchema ?? []).map((key) => key.AttributeName as string);
  let deleted = 0;
  let start: Key | undefined;
  do {
    const page = await client.send(
      new ScanCommand({
        TableName: table,
        ProjectionExpression: keyNames.map((_, i) => `#k${i}`).join(', '),
        ExpressionAttributeNames: Object.fromEntries(keyNames.map((name, i) => [`#k${i}`, name])),
        ExclusiveStartKey: start,
      }),
    );
    const keys = (page.Items ?? []) as Key[];
    // BatchWriteItem takes 25 requests at most.
    for (let i = 0; i < keys.length; i += 25) {
      let pending: Record<string, { DeleteRequest: { Key: Key } }[]> = {
        [table]: keys.slice(i, i + 25).map((key) => ({ DeleteRequest: { Key: key } })),
      };
      while (Object.keys(pending).length > 0) {
        const written = await client.send(new BatchWriteItemCommand({ RequestItems: pending }));
        pending = (written.UnprocessedItems ?? {}) as typeof pending;
      }
    }
    deleted += keys.length;
    start = page.LastEvaluatedKey;
  } while (start);
  return deleted;
}

/**
 * Deletes every item of every table of a DynamoDB endpoint (dynalite), keeping the tables and
 * their indexes: what `POST /_local/reset` does to a forwarded DynamoDB. Items are few in tests,
 * so a Scan of keys and batched deletes are quicker than dropping and re-creating the tables.
 *
 * @example
 * await emptyDynamoDbTables('http://127.0.0.1:4567'); // { 'fleet-console-local-audit': 12, … }
 */
export async function emptyDynamoDbTables(endpoint: string): Promise<Record<string, number>> {
  const client = new DynamoDBClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  try {
    const tables = await tableNames(client);
    const counts = await Promise.all(tables.map((table) => emptyTable(client, table)));
    return Object.fromEntries(tables.map((table, i) => [table, counts[i] ?? 0]));
  } finally {
    client.destroy();
  }
}
