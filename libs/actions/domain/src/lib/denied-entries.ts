import {
  InstanceRefSchema,
  MAX_ACTION_TARGETS,
  type AuditEntry,
  type InstanceAction,
  type InstanceRef,
} from '@fleet/contract';
import { instanceKey } from '@fleet/fleet';
import type { ActionContext } from './action-context';

function refsIn(body: unknown): InstanceRef[] {
  if (typeof body !== 'object' || body === null) return [];
  const { instances, ...single } = body as { instances?: unknown };
  const candidates = Array.isArray(instances) ? instances : [single];
  const refs = candidates.flatMap((candidate) => {
    const parsed = InstanceRefSchema.safeParse(candidate);
    return parsed.success ? [{ region: parsed.data.region, id: parsed.data.id }] : [];
  });
  return [...new Map(refs.map((ref) => [instanceKey(ref), ref])).values()].slice(
    0,
    MAX_ACTION_TARGETS,
  );
}

/**
 * The `denied` records of a request refused by role (403): one per well-formed instance the
 * body names, or one naming no instance when it names none. The body was not validated (the
 * role is checked first), so only what parses as an instance is kept; the instance's team is
 * not looked up for a caller who may not act at all.
 *
 * @example
 * deniedEntries('terminate', { region: 'us-east-1', id: 'i-0123456789abcdef0' }, context);
 */
export function deniedEntries(
  action: InstanceAction,
  body: unknown,
  context: Omit<ActionContext, 'scope' | 'teamTag' | 'managedRegions'>,
): AuditEntry[] {
  const reason =
    typeof body === 'object' &&
    body !== null &&
    typeof (body as { reason?: unknown }).reason === 'string'
      ? (body as { reason: string }).reason.slice(0, 500)
      : null;
  const targets: (InstanceRef | undefined)[] = refsIn(body);
  return (targets.length > 0 ? targets : [undefined]).map((target) => ({
    kind: 'denied',
    action,
    region: target?.region ?? null,
    instanceId: target?.id ?? null,
    team: null,
    actor: context.actor,
    reason,
    options: null,
    requestId: context.requestId,
    traceId: context.traceId,
    sourceIp: context.sourceIp,
    userAgent: context.userAgent,
    stateBefore: null,
    stateAfter: null,
    outcome: 'denied',
    detail: 'Forbidden',
    attemptSeq: null,
  }));
}
