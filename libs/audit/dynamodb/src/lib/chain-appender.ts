import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  isServerError,
  isThrottlingError,
  isTransientError,
} from '@smithy/service-error-classification';
import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { AuditEntry, AuditRecord } from '@fleet/contract';
import {
  GENESIS_HASH,
  backoffDelayMs,
  chainOf,
  sealRecord,
  type AppendKind,
} from '@fleet/audit-domain';
import { toItem } from './audit-item';
import { documentClient } from './document-client';

/** How long an append may keep trying, and the clock it reads (tests pin it). */
export interface AppendOptions {
  /** Milliseconds from the first try after which a lost race is no longer retried. */
  readonly budgetMs: number;
  /** Attempts back off further than outcomes, so outcomes win a hot chain (default outcome). */
  readonly kind?: AppendKind;
  readonly now?: () => Date;
}

const DEFAULT_OPTIONS: AppendOptions = { budgetMs: 2_500 };

type SdkError = Parameters<typeof isServerError>[0];

// Throttling and server faults that outlived the SDK's own retries pass with time: they get the
// same budget as a lost race. A refused request (validation, permissions) never will.
const isPassing = (error: unknown): boolean =>
  error instanceof Error &&
  (isThrottlingError(error as SdkError) ||
    isTransientError(error as SdkError) ||
    isServerError(error as SdkError));

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The chain's head moved on while this append was being sealed. */
export class AppendContentionError extends Error {
  constructor(chain: string, tries: number) {
    super(`could not append to audit chain ${chain}: ${tries} races lost within the time budget`);
    this.name = 'AppendContentionError';
  }
}

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

// Whether the record at this position is the one just sent: a put whose answer was lost (and
// that the SDK then retried into a condition failure) is recognised as done, not appended twice.
async function isOurs(table: string, record: AuditRecord): Promise<boolean> {
  const output = await documentClient().send(
    new GetCommand({
      TableName: table,
      Key: { chain: record.chain, seq: record.seq },
      ConsistentRead: true,
      ProjectionExpression: '#hash',
      ExpressionAttributeNames: { '#hash': 'hash' },
    }),
  );
  return output.Item?.hash === record.hash;
}

/**
 * Appends an entry to its chain: reads the head, seals the record at head + 1 linked to the
 * head's hash, and writes it only if that seq is still free. A lost race (another writer took
 * the seq), throttling or a server fault is retried after a jittered, growing wait for as long as
 * the time budget lasts. A
 * failed put whose record turns out to be at its position after all (the answer was lost, not the
 * write) counts as written. Resolves once DynamoDB has the record; rejects with
 * {@link AppendContentionError} when the budget ran out, or with DynamoDB's own error.
 *
 * @example
 * const record = await appendToChain('fleet-console-prod-audit', entry, { budgetMs: 2500 });
 */
export async function appendToChain(
  table: string,
  entry: AuditEntry,
  options: AppendOptions = DEFAULT_OPTIONS,
): Promise<AuditRecord> {
  const chain = chainOf(entry);
  const clock = options.now ?? ((): Date => new Date());
  const deadline = Date.now() + options.budgetMs;
  for (let tries = 0; ; tries++) {
    const head = await chainHead(table, chain);
    const now = clock().toISOString();
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
      if (await isOurs(table, record)) return record;
      if (!(error instanceof ConditionalCheckFailedException) && !isPassing(error)) throw error;
    }
    const wait = backoffDelayMs(tries, Math.random, options.kind);
    if (Date.now() + wait >= deadline) throw new AppendContentionError(chain, tries + 1);
    await sleep(wait);
  }
}
