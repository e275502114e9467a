import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { ChainAnchor } from '@fleet/audit-domain';
import { conditionalWrite } from './conditional-write';
import { documentClient } from './document-client';
import { scanPages } from './paged-reads';

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
  for await (const page of scanPages(table)) {
    for (const item of page) {
      anchors.set(String(item.chain), {
        chain: String(item.chain),
        seq: Number(item.seq),
        hash: String(item.hash),
      });
    }
  }
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
  // Refused: a newer head is anchored already, and an anchor only moves forward.
  await conditionalWrite(
    new PutCommand({
      TableName: table,
      Item: { ...anchor, anchoredAt: new Date().toISOString() },
      ConditionExpression: 'attribute_not_exists(chain) OR seq <= :seq',
      ExpressionAttributeValues: { ':seq': anchor.seq },
    }),
  );
}
