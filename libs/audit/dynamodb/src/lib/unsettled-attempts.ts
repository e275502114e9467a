import type { AuditRecord } from '@fleet/contract';
import type { AuditTables } from './audit-tables';
import { settlementOf } from './attempt-settlement';
import { listOpenAttempts, releaseAttempt, type OpenAttempt } from './open-attempts';

/** A claimed attempt that no record closes yet. */
export interface UnsettledAttempt {
  readonly claim: OpenAttempt;
  /** Its attempt record; absent when the append never happened (nothing reached EC2 then). */
  readonly attempt: AuditRecord | undefined;
}

/**
 * Every claimed attempt that no outcome or reconciled record closes yet, oldest claim first,
 * with its attempt record when one was written. Markers whose closing record is on the chain
 * after all (the closer died before clearing it) are cleared on the way.
 *
 * @example
 * const open = await unsettledAttempts(auditTablesFromEnv());
 */
export async function unsettledAttempts(tables: AuditTables): Promise<UnsettledAttempt[]> {
  const claims = await listOpenAttempts(tables.openAttempts);
  const found = await Promise.all(
    claims.map(async (claim): Promise<UnsettledAttempt | undefined> => {
      const { attempt, closing } = await settlementOf(tables.records, claim);
      if (!closing) return { claim, attempt };
      await releaseAttempt(tables.openAttempts, claim);
      return undefined;
    }),
  );
  return found
    .filter((item): item is UnsettledAttempt => item !== undefined)
    .sort((a, b) => (a.claim.claimedAt < b.claim.claimedAt ? -1 : 1));
}
