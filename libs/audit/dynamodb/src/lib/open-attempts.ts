import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { AuditEntry } from '@fleet/contract';
import { chainOf } from '@fleet/audit-domain';
import { conditionalWrite } from './conditional-write';
import { documentClient } from './document-client';
import { queryPages } from './paged-reads';

/** Markers spread over a few partitions, so no single key takes every attempt's write. */
export const OPEN_ATTEMPT_SHARDS = 8;

/** Which attempt a marker stands for: one per request and instance. */
export interface AttemptKey {
  readonly chain: string;
  readonly requestId: string;
}

/** The open-attempt marker: the claim written before the attempt record, removed by its closer. */
export interface OpenAttempt extends AttemptKey {
  /** When the claim was written: no attempt record of it can be older. */
  readonly claimedAt: string;
  /** What the attempt record says (or would have said, had its write never happened). */
  readonly entry: AuditEntry;
  /** Who won the right to close it, and when; absent while nobody has. */
  readonly closingBy?: string;
  readonly closingAt?: string;
}

function shardOf(chain: string): string {
  let hash = 0;
  for (const char of chain) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return `open#${hash % OPEN_ATTEMPT_SHARDS}`;
}

const keyOf = (attempt: AttemptKey): Record<string, string> => ({
  shard: shardOf(attempt.chain),
  attempt: `${attempt.chain}#${attempt.requestId}`,
});

// After a condition failure: is the marker as this very call meant to leave it? A write whose
// answer was lost, retried by the SDK, fails its own condition; it must not count as someone
// else's.
async function markerNow(table: string, attempt: AttemptKey): Promise<OpenAttempt | undefined> {
  const output = await documentClient().send(
    new GetCommand({ TableName: table, Key: keyOf(attempt), ConsistentRead: true }),
  );
  return output.Item as OpenAttempt | undefined;
}

/**
 * Claims an attempt before its record is appended: whatever happens afterwards (the append
 * fails, the function dies), the claim lists the attempt as unsettled until a closer removes it.
 *
 * @example
 * const claim = await claimAttempt(tables.openAttempts, entry, new Date().toISOString());
 */
export async function claimAttempt(
  table: string,
  entry: AuditEntry,
  claimedAt: string,
): Promise<OpenAttempt> {
  const claim: OpenAttempt = {
    chain: chainOf(entry),
    requestId: entry.requestId,
    claimedAt,
    entry,
  };
  const claimed = await conditionalWrite(
    new PutCommand({
      TableName: table,
      Item: { ...keyOf(claim), ...claim },
      ConditionExpression: 'attribute_not_exists(#attempt)',
      ExpressionAttributeNames: { '#attempt': 'attempt' },
    }),
  );
  // Refused: our own write whose answer was lost (and retried) counts as ours, anyone else's not.
  if (!claimed && (await markerNow(table, claim))?.claimedAt !== claimedAt) {
    throw new Error(`attempt ${claim.chain}#${claim.requestId} is already claimed`);
  }
  return claim;
}

/**
 * Wins the right to close an attempt, or learns that someone else has: a conditional update of
 * its marker, so at most one closer proceeds and the loser writes nothing. A closer's claim older
 * than `staleBefore` (its function has timed out) may be taken over.
 *
 * @example
 * if (await claimClosing(tables.openAttempts, attempt, requestId, now)) await appendToChain(…);
 */
export async function claimClosing(
  table: string,
  attempt: AttemptKey,
  closer: string,
  at: string,
  staleBefore?: string,
): Promise<boolean> {
  const won = await conditionalWrite(
    new UpdateCommand({
      TableName: table,
      Key: keyOf(attempt),
      UpdateExpression: 'SET closingBy = :closer, closingAt = :at',
      ConditionExpression: staleBefore
        ? 'attribute_exists(#attempt) AND (attribute_not_exists(closingBy) OR closingAt <= :stale)'
        : 'attribute_exists(#attempt) AND attribute_not_exists(closingBy)',
      ExpressionAttributeNames: { '#attempt': 'attempt' },
      ExpressionAttributeValues: {
        ':closer': closer,
        ':at': at,
        ...(staleBefore ? { ':stale': staleBefore } : {}),
      },
    }),
  );
  if (won) return true;
  const marker = await markerNow(table, attempt);
  return marker?.closingBy === closer && marker.closingAt === at;
}

/**
 * Removes an attempt's marker once its closing record is written, only if `closer` still holds
 * it (or whoever holds it, without one).
 *
 * @example
 * await releaseAttempt(tables.openAttempts, attempt, requestId);
 */
export async function releaseAttempt(
  table: string,
  attempt: AttemptKey,
  closer?: string,
): Promise<void> {
  // Refused: another closer holds it now, and releases it itself.
  await conditionalWrite(
    new DeleteCommand({
      TableName: table,
      Key: keyOf(attempt),
      ...(closer
        ? {
            ConditionExpression: 'closingBy = :closer',
            ExpressionAttributeValues: { ':closer': closer },
          }
        : {}),
    }),
  );
}

/**
 * Every open attempt (claimed, not yet released), one Query per shard.
 *
 * @example
 * const open = await listOpenAttempts('fleet-console-prod-audit-open');
 */
export async function listOpenAttempts(table: string): Promise<OpenAttempt[]> {
  const shards = Array.from({ length: OPEN_ATTEMPT_SHARDS }, (_, i) => `open#${i}`);
  const pages = await Promise.all(
    shards.map(async (shard) => {
      const found: OpenAttempt[] = [];
      const pages = queryPages({
        TableName: table,
        KeyConditionExpression: '#shard = :shard',
        ExpressionAttributeNames: { '#shard': 'shard' },
        ExpressionAttributeValues: { ':shard': shard },
        ConsistentRead: true,
      });
      for await (const page of pages) {
        found.push(
          ...page.map(({ shard: _shard, attempt: _attempt, ...marker }) => marker as OpenAttempt),
        );
      }
      return found;
    }),
  );
  return pages.flat();
}
