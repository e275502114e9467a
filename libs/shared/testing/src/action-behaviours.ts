import type { ActionResponse, InstanceAction, InstanceState } from '@fleet/contract';
import type { DemoUserKey } from '@fleet/demo-users';
import { ec2Calls, refOf, type ActionRoute, type Refusals } from './action-route';
import { auditRecordsOf, waitForInstanceState } from './audit-fixtures';
import { resetLocalAwsCounters } from './local-aws-admin';

/** One row of the action table: how an action moves an instance, and as whom it is asked. */
export interface ActionCase {
  readonly action: InstanceAction;
  /** The EC2 call that does it, counted by the local AWS (e.g. `StartInstances`). */
  readonly ec2Action: string;
  /** The state the instance is brought to first. */
  readonly from: 'running' | 'stopped';
  /** The state EC2 answers right after the call. */
  readonly stateAfter: InstanceState;
  /** Where it settles; waited for, so that the supply hands out settled instances afterwards. */
  readonly settles?: InstanceState;
  /** Body fields besides the instance (e.g. a reason). */
  readonly body?: Readonly<Record<string, unknown>>;
  readonly as?: DemoUserKey;
}

/**
 * The behaviour every action shares, as a test of the calling suite: one instance acted on with
 * exactly one EC2 call, the attempt recorded before the act (with the request id) and the outcome
 * after, chained to it.
 *
 * @example
 * itActsAndRecords(start, { action: 'start', ec2Action: 'StartInstances', from: 'stopped', stateAfter: 'pending', settles: 'running' });
 */
export function itActsAndRecords(route: ActionRoute, row: ActionCase): void {
  it(`${row.action}s a ${row.from} instance with one ${row.ec2Action} call, recording the attempt before and the outcome after`, async () => {
    const instance = await route.instance(row.from);
    await resetLocalAwsCounters();

    const { status, body } = await route.post<ActionResponse>(
      { ...refOf(instance), ...row.body },
      { as: row.as },
    );

    expect(status).toBe(200);
    expect(body.results).toEqual([
      expect.objectContaining({
        ...refOf(instance),
        outcome: 'succeeded',
        stateBefore: row.from,
        stateAfter: row.stateAfter,
      }),
    ]);
    expect(await ec2Calls(row.ec2Action)).toBe(1);
    const [outcome, attempt] = await auditRecordsOf(instance);
    expect(attempt).toMatchObject({
      kind: 'attempt',
      action: row.action,
      stateBefore: row.from,
      requestId: body.requestId,
    });
    expect(outcome).toMatchObject({
      kind: 'outcome',
      action: row.action,
      outcome: 'succeeded',
      stateAfter: row.stateAfter,
      attemptSeq: attempt?.seq,
      prevHash: attempt?.hash,
    });
    if (row.settles) await waitForInstanceState(instance, [row.settles]);
  });
}

/**
 * The refusal every action shares, as a test of the calling suite: a caller whose role lacks the
 * permission gets 403, and the attempt is still recorded, as denied, with who asked and why.
 *
 * @example
 * itDeniesAndRecords(terminate, { action: 'terminate', as: 'operator', body: { reason: 'cleanup' } });
 */
export function itDeniesAndRecords(
  route: ActionRoute,
  row: Pick<ActionCase, 'action' | 'body'> & { readonly as: DemoUserKey },
): void {
  it(`answers 403 to ${/^[aeiou]/.test(row.as) ? 'an' : 'a'} ${row.as} and records the attempt as denied`, async () => {
    const instance = await route.instance('running');

    const { status } = await route.post({ ...refOf(instance), ...row.body }, { as: row.as });

    expect(status).toBe(403);
    expect((await auditRecordsOf(instance))[0]).toMatchObject({
      kind: 'denied',
      outcome: 'denied',
      action: row.action,
      actor: { email: `${row.as}@example.com` },
      ...(row.body?.reason ? { reason: row.body.reason } : {}),
    });
  });
}

/**
 * How every action refuses an instance whose state does not allow it: `wrong-state` as a result
 * of a batch, `409 IncorrectInstanceState` when the instance is the only one named.
 *
 * @example
 * expectRefusedForState(await refusalsOf(reboot, stoppedInstance), 'stopped');
 */
export function expectRefusedForState(refusals: Refusals, stateBefore: InstanceState): void {
  expect(refusals.inBatch).toMatchObject({
    outcome: 'refused',
    refusal: 'wrong-state',
    stateBefore,
  });
  expect(refusals.alone.status).toBe(409);
  expect(refusals.alone.body.code).toBe('IncorrectInstanceState');
}
