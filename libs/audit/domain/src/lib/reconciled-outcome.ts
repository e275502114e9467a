import type { AuditEntry, AuditOutcome, AuditRecord, InstanceState } from '@fleet/contract';

// The states an action leads to; seeing the instance in one of them means the action took.
const LEADS_TO: Record<string, readonly InstanceState[]> = {
  start: ['pending', 'running'],
  stop: ['stopping', 'stopped'],
  terminate: ['shutting-down', 'terminated'],
};

/**
 * What an open attempt most likely came to, judged from the instance's state now: `succeeded` if
 * the instance is where the action leads and was not there before, `unchanged` if it is still
 * where it was, `failed` otherwise. Reboots, protection, tag and type changes leave no state to read:
 * `unchanged`, with the state noted. The record says it was reconciled, not observed.
 *
 * @example
 * reconciledOutcome('stop', 'running', 'stopped'); // 'succeeded'
 */
export function reconciledOutcome(
  action: string,
  stateBefore: string | null,
  stateNow: InstanceState | null,
): AuditOutcome {
  const targets = LEADS_TO[action];
  if (!targets || stateNow === null) return 'unchanged';
  if (targets.includes(stateNow))
    return stateBefore !== null && targets.includes(stateBefore as InstanceState)
      ? 'unchanged'
      : 'succeeded';
  return stateNow === stateBefore ? 'unchanged' : 'failed';
}

/**
 * The `reconciled` record closing an attempt whose outcome was never written.
 *
 * @example
 * const entry = reconciledEntry(attempt, 'stopped', reconciler, 'req-9');
 */
export function reconciledEntry(
  attempt: AuditRecord,
  stateNow: InstanceState | null,
  reconciler: AuditEntry['actor'],
  requestId: string,
): AuditEntry {
  return {
    kind: 'reconciled',
    action: attempt.action,
    region: attempt.region,
    instanceId: attempt.instanceId,
    team: attempt.team,
    actor: reconciler,
    reason: `reconciles attempt ${attempt.seq} of request ${attempt.requestId}`,
    options: attempt.options,
    requestId,
    traceId: requestId,
    sourceIp: null,
    userAgent: null,
    stateBefore: attempt.stateBefore,
    stateAfter: stateNow,
    outcome: reconciledOutcome(attempt.action, attempt.stateBefore, stateNow),
    detail: `state now ${stateNow ?? 'unknown'}`,
    attemptSeq: attempt.seq,
  };
}
