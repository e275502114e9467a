import type { ActionResult, InstanceRef } from '@fleet/contract';
import type { Execution } from './execute-in-region';
import type { InstanceSnapshot } from './instance-snapshot';
import type { Verdict } from './precondition';

/**
 * One instance's result from its verdict and, when it was acted on, what EC2 did. A refused
 * instance outside the caller's scope shows no state: the caller may not know it exists.
 *
 * @example
 * resultOf(ref, snapshot, { kind: 'act' }, { kind: 'done', previous: 'running', current: 'stopping', … });
 * // { outcome: 'succeeded', stateBefore: 'running', stateAfter: 'stopping', … }
 */
export function resultOf(
  target: InstanceRef,
  snapshot: InstanceSnapshot | undefined,
  verdict: Verdict,
  execution: Execution | undefined,
): ActionResult {
  const base = { region: target.region, id: target.id };
  if (verdict.kind === 'refused') {
    const hidden = verdict.refusal === 'out-of-scope' || verdict.refusal === 'not-found';
    const state = hidden ? null : (snapshot?.state ?? null);
    return {
      ...base,
      outcome: 'refused',
      refusal: verdict.refusal,
      ...(verdict.flag ? { flag: verdict.flag } : {}),
      message: verdict.message,
      stateBefore: state,
      stateAfter: state,
    };
  }
  const before = snapshot?.state ?? null;
  if (verdict.kind === 'unchanged') {
    return {
      ...base,
      outcome: 'unchanged',
      message: verdict.message,
      stateBefore: before,
      stateAfter: before,
    };
  }
  if (!execution || execution.kind === 'failed') {
    return {
      ...base,
      outcome: 'failed',
      errorCode: execution?.code ?? 'NotAttempted',
      message: execution?.message ?? 'EC2 was not called.',
      stateBefore: before,
      stateAfter: before,
    };
  }
  const after = execution.current ?? before;
  const same =
    execution.previous !== null &&
    execution.current !== null &&
    execution.previous === execution.current;
  return same
    ? {
        ...base,
        outcome: 'unchanged',
        message: `${target.id} was already ${after}.`,
        stateBefore: before,
        stateAfter: after,
      }
    : {
        ...base,
        outcome: 'succeeded',
        message: `${target.id}: done.`,
        stateBefore: before,
        stateAfter: after,
      };
}
