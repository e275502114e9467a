import type { AuditActor, ReconcileResponse } from '@fleet/contract';
import {
  isOlderThan,
  reconcileCutoff,
  reconciledEntry,
  type ObservedInstance,
} from '@fleet/audit-domain';
import type { AuditTables } from './audit-tables';
import { settlementOf } from './attempt-settlement';
import { appendToChain } from './chain-appender';
import { claimClosing, listOpenAttempts, releaseAttempt, type OpenAttempt } from './open-attempts';

/** Reads an instance now (state, tags, type); `null` if EC2 no longer knows it. */
export type InstanceReader = (region: string, id: string) => Promise<ObservedInstance | null>;

/** Who reconciles, and how old an open attempt must be before it is judged stuck. */
export interface ReconcileOptions {
  readonly actor: AuditActor;
  readonly requestId: string;
  /** Asked for by the caller; raised to the action functions' timeout plus a margin. */
  readonly minAgeSeconds: number;
  /** The action functions' timeout, from the same configuration that sets it. */
  readonly actionTimeoutSeconds: number;
  readonly now: Date;
}

type Reconciled = ReconcileResponse['reconciled'][number];

async function closeOne(
  tables: AuditTables,
  readInstance: InstanceReader,
  claim: OpenAttempt,
  options: ReconcileOptions,
): Promise<Reconciled | 'abandoned' | 'closed-elsewhere'> {
  const closer = `reconcile:${options.requestId}`;
  // A closer older than the timeout (and margin) has died with its function: it may be replaced.
  const stale = reconcileCutoff({ ...options, minAgeSeconds: 0 }).toISOString();
  const won = await claimClosing(
    tables.openAttempts,
    claim,
    closer,
    options.now.toISOString(),
    stale,
  );
  if (!won) return 'closed-elsewhere';
  const { attempt, closing } = await settlementOf(tables.records, claim);
  if (closing || !attempt) {
    // Closed already (its closer died before clearing the marker), or never appended (its
    // function died between the claim and the append, so EC2 was never called): nothing to add.
    await releaseAttempt(tables.openAttempts, claim, closer);
    return closing ? 'closed-elsewhere' : 'abandoned';
  }
  const now =
    attempt.region && attempt.instanceId
      ? await readInstance(attempt.region, attempt.instanceId)
      : null;
  const record = await appendToChain(
    tables.records,
    reconciledEntry(attempt, now, options.actor, options.requestId),
  );
  await releaseAttempt(tables.openAttempts, claim, closer);
  return {
    chain: attempt.chain,
    attemptSeq: attempt.seq,
    stateNow: now?.state ?? null,
    recordSeq: record.seq,
  };
}

/**
 * Closes every open attempt claimed before the cutoff (`@fleet/audit-domain`'s
 * `reconcileCutoff`: never younger than the action functions' timeout plus a margin) with a
 * `reconciled` record judged from the instance's state now. Each close is decided by winning the
 * attempt's marker, so a closer still at work is never contradicted. Claims whose attempt record
 * was never written are dropped and counted as `abandoned`.
 *
 * @example
 * await reconcileOpenAttempts(tables, readInstance, { actor, requestId, minAgeSeconds: 120, actionTimeoutSeconds: 10, now: new Date() });
 */
export async function reconcileOpenAttempts(
  tables: AuditTables,
  readInstance: InstanceReader,
  options: ReconcileOptions,
): Promise<ReconcileResponse> {
  const open = await listOpenAttempts(tables.openAttempts);
  const cutoff = reconcileCutoff(options);
  const stuck = open.filter((claim) => isOlderThan(claim.claimedAt, cutoff));
  const reconciled: Reconciled[] = [];
  let abandoned = 0;
  for (const claim of stuck) {
    const result = await closeOne(tables, readInstance, claim, options);
    if (result === 'abandoned') abandoned++;
    else if (result !== 'closed-elsewhere') reconciled.push(result);
  }
  return { reconciled, abandoned, tooRecent: open.length - stuck.length };
}
