import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { AuditRecord } from '@fleet/contract';
import { readRecord } from './audit-reader';
import type { AuditTables } from './audit-tables';
import { documentClient } from './document-client';
import { listOpenAttempts, markClosed } from './open-attempts';

async function isClosed(table: string, attempt: AuditRecord): Promise<boolean> {
  const output = await documentClient().send(
    new QueryCommand({
      TableName: table,
      KeyConditionExpression: '#chain = :chain AND #seq > :seq',
      FilterExpression: '#attemptSeq = :seq',
      ExpressionAttributeNames: { '#chain': 'chain', '#seq': 'seq', '#attemptSeq': 'attemptSeq' },
      ExpressionAttributeValues: { ':chain': attempt.chain, ':seq': attempt.seq },
      ConsistentRead: true,
    }),
  );
  return (output.Items ?? []).length > 0;
}

/**
 * Attempts whose outcome was never written, oldest first. Markers whose outcome is on the record
 * after all (the marker's delete failed) are cleared on the way.
 *
 * @example
 * const open = await unsettledAttempts(auditTablesFromEnv());
 */
export async function unsettledAttempts(tables: AuditTables): Promise<AuditRecord[]> {
  const markers = await listOpenAttempts(tables.openAttempts);
  const found = await Promise.all(
    markers.map(async (marker) => {
      const attempt = await readRecord(tables.records, marker.chain, marker.seq);
      if (attempt && !(await isClosed(tables.records, attempt))) return attempt;
      await markClosed(tables.openAttempts, marker);
      return undefined;
    }),
  );
  return found
    .filter((attempt): attempt is AuditRecord => attempt !== undefined)
    .sort((a, b) => (a.at < b.at ? -1 : 1));
}
