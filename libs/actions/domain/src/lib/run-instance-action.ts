import {
  RETRY_AFTER_SECONDS,
  type ActionResponse,
  type ActionResult,
  type ApiError,
  type AuditEntry,
  type InstanceRef,
} from '@fleet/contract';
import { flagsToCheck, auditOptionsOf } from './action-options';
import type { ActionCommand, ActionContext } from './action-context';
import { inTeamScope, instanceKey, missingReason, selectRegions } from '@fleet/fleet';
import { AuditUnavailableError, ReasonRequiredError, ThrottledError } from './action-errors';
import type { ActionAuditPort, ActionEc2Port, AttemptHandle } from './action-ports';
import { executeInRegion } from './execute-in-region';
import type { InstanceSnapshot } from './instance-snapshot';
import { preconditionOf, type Verdict } from './precondition';
import { refusalAnswer } from './refusal-answer';
import { resultOf } from './result-of';

/** The ports one run uses. */
export interface ActionPorts {
  readonly ec2: ActionEc2Port;
  readonly audit: ActionAuditPort;
}

/** What the function answers: `200` with every result, or `409` for a refused single instance. */
export type ActionAnswer =
  | {
      readonly status: 200;
      readonly body: ActionResponse;
      /** Set when some instances were throttled: how long before retrying those is worthwhile. */
      readonly retryAfterSeconds?: number;
    }
  | { readonly status: 409; readonly body: ApiError };

const keyOf = instanceKey;

function groupByRegion(targets: readonly InstanceRef[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const target of targets)
    groups.set(target.region, [...(groups.get(target.region) ?? []), target.id]);
  return groups;
}

async function snapshotsOf(
  ec2: ActionEc2Port,
  targets: readonly InstanceRef[],
): Promise<Map<string, InstanceSnapshot>> {
  const found = await Promise.all(
    [...groupByRegion(targets)].map(([region, ids]) => ec2.describe(region, ids)),
  );
  return new Map(found.flat().map((snapshot) => [keyOf(snapshot), snapshot]));
}

function inScope(
  context: ActionContext,
  snapshot: InstanceSnapshot | undefined,
): snapshot is InstanceSnapshot {
  return snapshot !== undefined && inTeamScope(context.scope, snapshot.tags[context.teamTag]);
}

async function verdictOf(
  ports: ActionPorts,
  command: ActionCommand,
  context: ActionContext,
  target: InstanceRef,
  snapshot: InstanceSnapshot | undefined,
): Promise<Verdict> {
  if (!inScope(context, snapshot)) {
    // Absent and out of scope read the same to a non-admin: existence is never revealed.
    const refusal =
      snapshot === undefined && context.scope === undefined ? 'not-found' : 'out-of-scope';
    return {
      kind: 'refused',
      refusal,
      message: `No instance ${target.id} in ${target.region} that you may act on.`,
    };
  }
  const first = preconditionOf(command.action, snapshot, command.options, {});
  const flags = flagsToCheck(command.action, command.options);
  if (first.kind !== 'act' && command.action !== 'protect') return first;
  if (flags.length === 0) return first;
  const protection = await ports.ec2.protection(target.region, target.id, flags);
  return preconditionOf(command.action, snapshot, command.options, protection);
}

function entryOf(
  command: ActionCommand,
  context: ActionContext,
  target: InstanceRef,
  snapshot: InstanceSnapshot | undefined,
  fields: Pick<AuditEntry, 'kind' | 'outcome' | 'detail' | 'stateAfter' | 'attemptSeq'>,
): AuditEntry {
  return {
    ...fields,
    action: command.action,
    region: target.region,
    instanceId: target.id,
    team: snapshot?.tags[context.teamTag] ?? null,
    actor: context.actor,
    reason: command.reason ?? null,
    options: auditOptionsOf(command.options),
    requestId: context.requestId,
    traceId: context.traceId,
    sourceIp: context.sourceIp,
    userAgent: context.userAgent,
    stateBefore: snapshot?.state ?? null,
  };
}

async function writeAttempts(ports: ActionPorts, entries: AuditEntry[]): Promise<AttemptHandle[]> {
  let handles: (AttemptHandle | undefined)[];
  try {
    handles = await ports.audit.recordAttempts(entries);
  } catch {
    throw new AuditUnavailableError();
  }
  if (handles.every((handle): handle is AttemptHandle => handle !== undefined)) return handles;
  // Some attempts are on the record, the rest are not: act on none, and close those written.
  const aborted = handles.flatMap((attempt, i) =>
    attempt && entries[i]
      ? [
          {
            attempt,
            entry: {
              ...entries[i],
              kind: 'outcome' as const,
              outcome: 'aborted' as const,
              detail: 'AuditUnavailable',
              attemptSeq: attempt.seq,
            },
          },
        ]
      : [],
  );
  await ports.audit.recordOutcomes(aborted).catch(() => false);
  throw new AuditUnavailableError();
}

/**
 * One action request, start to finish: read the instances (one DescribeInstances per region),
 * apply the reason rule (`400`, not an attempt), decide every instance before EC2 is called
 * (scope, state, protection flags), write every attempt and wait for it (`503`, nothing done, if
 * the trail cannot be written), act with one EC2 call per region (split per instance if EC2
 * refuses the batch), write every outcome and wait for it, then answer.
 *
 * @example
 * const answer = await runInstanceAction({ ec2, audit }, { action: 'stop', targets, single: false, reason: undefined, options: {} }, context);
 */
export async function runInstanceAction(
  ports: ActionPorts,
  command: ActionCommand,
  context: ActionContext,
): Promise<ActionAnswer> {
  selectRegions(context.managedRegions, [...new Set(command.targets.map((t) => t.region))]);
  const snapshots = await snapshotsOf(ports.ec2, command.targets);
  const visible = command.targets
    .map((t) => snapshots.get(keyOf(t)))
    .filter((s) => inScope(context, s));
  const problem = missingReason(command.action, visible as InstanceSnapshot[], command.reason);
  if (problem) throw new ReasonRequiredError(problem);

  const verdicts = await Promise.all(
    command.targets.map((t) => verdictOf(ports, command, context, t, snapshots.get(keyOf(t)))),
  );
  const attempts = command.targets.map((t) =>
    entryOf(command, context, t, snapshots.get(keyOf(t)), {
      kind: 'attempt',
      outcome: 'pending',
      detail: null,
      stateAfter: null,
      attemptSeq: null,
    }),
  );
  const handles = await writeAttempts(ports, attempts);

  const toAct = command.targets.filter((_, i) => verdicts[i]?.kind === 'act');
  const executions = new Map(
    (
      await Promise.all(
        [...groupByRegion(toAct)].map(([region, ids]) =>
          executeInRegion(ports.ec2, region, ids, command),
        ),
      )
    )
      .flat()
      .map((execution) => [keyOf(execution), execution]),
  );
  const results: ActionResult[] = command.targets.map((target, i) =>
    resultOf(
      target,
      snapshots.get(keyOf(target)),
      verdicts[i] as Verdict,
      executions.get(keyOf(target)),
    ),
  );
  const outcomes = results.map((result, i) => ({
    attempt: handles[i] as AttemptHandle,
    entry: entryOf(
      command,
      context,
      command.targets[i] as InstanceRef,
      snapshots.get(keyOf(result)),
      {
        kind: 'outcome',
        outcome: result.outcome,
        detail: result.flag ?? result.refusal ?? result.errorCode ?? null,
        stateAfter: result.stateAfter ?? null,
        attemptSeq: (handles[i] as AttemptHandle).seq,
      },
    ),
  }));
  const auditComplete = await ports.audit.recordOutcomes(outcomes).catch(() => false);

  const throttled = command.targets.filter((target) => {
    const execution = executions.get(keyOf(target));
    return execution?.kind === 'failed' && execution.throttled;
  });
  // Every target throttled: EC2 did nothing, so this is an error to retry, not a result.
  if (throttled.length === command.targets.length) throw new ThrottledError();
  const [only] = results;
  if (command.single && only?.outcome === 'refused')
    return { status: 409, body: refusalAnswer(only, context) };
  return {
    status: 200,
    body: {
      action: command.action,
      requestId: context.requestId,
      traceId: context.traceId,
      results,
      auditComplete,
    },
    ...(throttled.length > 0 ? { retryAfterSeconds: RETRY_AFTER_SECONDS } : {}),
  };
}
