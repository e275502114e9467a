import { DeleteCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient } from './document-client';

/** Markers spread over a few partitions, so no single key takes every attempt's write. */
export const OPEN_ATTEMPT_SHARDS = 8;

/** An attempt whose outcome has not been written yet. */
export interface OpenAttempt {
  readonly chain: string;
  readonly seq: number;
}

function shardOf(chain: string): string {
  let hash = 0;
  for (const char of chain) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return `open#${hash % OPEN_ATTEMPT_SHARDS}`;
}

const keyOf = (attempt: OpenAttempt): Record<string, string> => ({
  shard: shardOf(attempt.chain),
  attempt: `${attempt.chain}#${attempt.seq}`,
});

/**
 * Marks an attempt open; written, with the attempt, before EC2 is called.
 *
 * @example
 * await markOpen(tables.openAttempts, { chain: record.chain, seq: record.seq });
 */
export async function markOpen(table: string, attempt: OpenAttempt): Promise<void> {
  await documentClient().send(
    new PutCommand({
      TableName: table,
      Item: { ...keyOf(attempt), chain: attempt.chain, seq: attempt.seq },
    }),
  );
}

/**
 * Clears an attempt's marker once its outcome (or reconciliation) is on the record.
 *
 * @example
 * await markClosed(tables.openAttempts, attempt);
 */
export async function markClosed(table: string, attempt: OpenAttempt): Promise<void> {
  await documentClient().send(new DeleteCommand({ TableName: table, Key: keyOf(attempt) }));
}

/**
 * Every open attempt, one Query per shard.
 *
 * @example
 * const open = await listOpenAttempts('fleet-console-prod-audit-open');
 */
export async function listOpenAttempts(table: string): Promise<OpenAttempt[]> {
  const shards = Array.from({ length: OPEN_ATTEMPT_SHARDS }, (_, i) => `open#${i}`);
  const pages = await Promise.all(
    shards.map(async (shard) => {
      const found: OpenAttempt[] = [];
      let start: Record<string, unknown> | undefined;
      do {
        const output = await documentClient().send(
          new QueryCommand({
            TableName: table,
            KeyConditionExpression: '#shard = :shard',
            ExpressionAttributeNames: { '#shard': 'shard' },
            ExpressionAttributeValues: { ':shard': shard },
            ExclusiveStartKey: start,
          }),
        );
        found.push(
          ...(output.Items ?? []).map((item) => ({
            chain: String(item.chain),
            seq: Number(item.seq),
          })),
        );
        start = output.LastEvaluatedKey;
      } while (start);
      return found;
    }),
  );
  return pages.flat();
}
