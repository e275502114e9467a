import type { AuditRecord } from '@fleet/contract';
import { fromItem } from './audit-item';
import { queryPages } from './paged-reads';
import type { OpenAttempt } from './open-attempts';

/** What the chain holds of one claimed attempt. */
export interface AttemptSettlement {
  /** The attempt record; absent if its append never happened. */
  readonly attempt?: AuditRecord;
  /** The outcome or reconciled record that closes it, if any. */
  readonly closing?: AuditRecord;
}

// Lambda clocks agree to well under a minute; a record is never older than its claim by more.
const CLOCK_SLACK_MS = 60_000;

/**
 * Finds a claim's attempt record and its closing record: reads the chain newest first and stops
 * at records older than the claim, so the cost is what was appended to the instance since.
 *
 * @example
 * const { attempt, closing } = await settlementOf(tables.records, claim);
 */
export async function settlementOf(
  table: string,
  claim: Pick<OpenAttempt, 'chain' | 'requestId' | 'claimedAt'>,
): Promise<AttemptSettlement> {
  const oldest = new Date(Date.parse(claim.claimedAt) - CLOCK_SLACK_MS).toISOString();
  const closings = new Map<number, AuditRecord>();
  const pages = queryPages({
    TableName: table,
    KeyConditionExpression: 'chain = :chain',
    ExpressionAttributeValues: { ':chain': claim.chain },
    ScanIndexForward: false,
    ConsistentRead: true,
    Limit: 50,
  });
  for await (const page of pages) {
    for (const record of page.map(fromItem)) {
      if (record.kind === 'attempt' && record.requestId === claim.requestId)
        return { attempt: record, closing: closings.get(record.seq) };
      if (record.attemptSeq !== null && !closings.has(record.attemptSeq))
        closings.set(record.attemptSeq, record);
      if (record.at < oldest) return {};
    }
  }
  return {};
}
