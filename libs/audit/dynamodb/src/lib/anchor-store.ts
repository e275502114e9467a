import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { ChainAnchor } from '@fleet/audit-domain';
import { documentClient } from './document-client';

/**
 * One chain's anchored head, or `undefined` if it was never anchored.
 *
 * @example
 * const anchor = await readAnchor(tables.anchors, chain);
 */
export async function readAnchor(table: string, chain: string): Promise<ChainAnchor | undefined> {
  const output = await documentClient().send(
    new GetCommand({ TableName: table, Key: { chain }, ConsistentRead: true }),
  );
  return output.Item
    ? { chain, seq: Number(output.Item.seq), hash: String(output.Item.hash) }
    : undefined;
}

/**
 * Every anchored head, by chain.
 *
 * @example
 * const anchors = await readAnchors(tables.anchors);
 */
export async function readAnchors(table: string): Promise<Map<string, ChainAnchor>> {
  const anchors = new Map<string, ChainAnchor>();
  let start: Record<string, unknown> | undefined;
  do {
    const output = await documentClient().send(
      new ScanCommand({ TableName: table, ConsistentRead: true, ExclusiveStartKey: start }),
    );
    for (const item of output.Items ?? []) {
      anchors.set(String(item.chain), {
        chain: String(item.chain),
        seq: Number(item.seq),
        hash: String(item.hash),
      });
    }
    start = output.LastEvaluatedKey;
  } while (start);
  return anchors;
}

/**
 * Anchors a verified head. Anchors only move forward: an older head never replaces a newer one.
 * Only the verifier's role may write this table.
 *
 * @example
 * await writeAnchor('fleet-console-prod-audit-anchors', { chain, seq: 12, hash });
 */
export async function writeAnchor(table: string, anchor: ChainAnchor): Promise<void> {
  try {
    await documentClient().send(
      new PutCommand({
        TableName: table,
        Item: { ...anchor, anchoredAt: new Date().toISOString() },
        ConditionExpression: 'attribute_not_exists(chain) OR seq <= :seq',
        ExpressionAttributeValues: { ':seq': anchor.seq },
      }),
    );
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
  }
}
