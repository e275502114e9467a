import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { AuditEntry, AuditRecord } from '@fleet/contract';
import { GENESIS_HASH, chainOf, sealRecord } from '@fleet/audit-domain';
import { toItem } from './audit-item';
import { documentClient } from './document-client';

// Appends to one chain race only with other appends to the same instance: a few tries suffice.
const MAX_TRIES = 8;

/**
 * The newest record of a chain, read consistently.
 *
 * @example
 * const head = await chainHead(table, 'us-east-1/i-0123456789abcdef0');
 */
export async function chainHead(table: string, chain: string): Promise<AuditRecord | undefined> {
  const output = await documentClient().send(
    new QueryCommand({
      TableName: table,
      KeyConditionExpression: 'chain = :chain',
      ExpressionAttributeValues: { ':chain': chain },
      ScanIndexForward: false,
      Limit: 1,
      ConsistentRead: true,
    }),
  );
  return output.Items?.[0] as AuditRecord | undefined;
}

/**
 * Appends an entry to its chain: reads the head, seals the record at head + 1 linked to the
 * head's hash, and writes it only if that seq is still free; on a race, reads the new head and
 * tries again. Resolves once DynamoDB has the record.
 *
 * @example
 * const record = await appendToChain('fleet-console-prod-audit', entry);
 */
export async function appendToChain(table: string, entry: AuditEntry): Promise<AuditRecord> {
  const chain = chainOf(entry);
  for (let tries = 0; tries < MAX_TRIES; tries++) {
    const head = await chainHead(table, chain);
    const now = new Date().toISOString();
    // Never before the head, so time order and chain order agree even across clocks.
    const at = head && head.at > now ? head.at : now;
    const record = await sealRecord(entry, {
      chain,
      seq: (head?.seq ?? 0) + 1,
      at,
      prevHash: head?.hash ?? GENESIS_HASH,
    });
    try {
      await documentClient().send(
        new PutCommand({
          TableName: table,
          Item: toItem(record),
          ConditionExpression: 'attribute_not_exists(seq)',
        }),
      );
      return record;
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }
  throw new Error(`could not append to audit chain ${chain}: too many concurrent writers`);
}
