import type { AuditActor, InstanceState, ReconcileResponse } from '@fleet/contract';
import { reconciledEntry } from '@fleet/audit-domain';
import type { AuditTables } from './audit-tables';
import { appendToChain } from './chain-appender';
import { markClosed } from './open-attempts';
import { unsettledAttempts } from './unsettled-attempts';

/** Reads an instance's state now; `null` if EC2 no longer knows it. */
export type StateReader = (region: string, id: string) => Promise<InstanceState | null>;

/** Who reconciles, and how old an open attempt must be before it is judged stuck. */
export interface ReconcileOptions {
  readonly actor: AuditActor;
  readonly requestId: string;
  readonly minAgeSeconds: number;
  readonly now: Date;
}

/**
 * Closes every open attempt older than the grace period with a `reconciled` record judged from
 * the instance's state now (`@fleet/audit-domain`), then clears its marker. Younger attempts are
 * left to the request that is (probably) still writing their outcome.
 *
 * @example
 * await reconcileOpenAttempts(tables, stateOf, { actor, requestId, minAgeSeconds: 120, now: new Date() });
 */
export async function reconcileOpenAttempts(
  tables: AuditTables,
  stateOf: StateReader,
  options: ReconcileOptions,
): Promise<ReconcileResponse> {
  const open = await unsettledAttempts(tables);
  const cutoff = options.now.getTime() - options.minAgeSeconds * 1000;
  const stuck = open.filter((attempt) => Date.parse(attempt.at) <= cutoff);
  const reconciled = [];
  for (const attempt of stuck) {
    const stateNow =
      attempt.region && attempt.instanceId
        ? await stateOf(attempt.region, attempt.instanceId)
        : null;
    const record = await appendToChain(
      tables.records,
      reconciledEntry(attempt, stateNow, options.actor, options.requestId),
    );
    await markClosed(tables.openAttempts, attempt);
    reconciled.push({
      chain: attempt.chain,
      attemptSeq: attempt.seq,
      stateNow,
      recordSeq: record.seq,
    });
  }
  return { reconciled, tooRecent: open.length - stuck.length };
}
