import type { AuditEntry, AuditOutcome, AuditRecord, InstanceState } from '@fleet/contract';

// The states an action leads to; seeing the instance in one of them means the action took.
const LEADS_TO: Record<string, readonly InstanceState[]> = {
  start: ['pending', 'running'],
  stop: ['stopping', 'stopped'],
  terminate: ['shutting-down', 'terminated'],
};

/** What the reconciler reads of an instance now (one DescribeInstances). */
export interface ObservedInstance {
  readonly state: InstanceState;
  readonly tags: Readonly<Record<string, string>>;
  readonly instanceType?: string;
}

/**
 * How much of a recorded tag edit the tags read now: the record keeps it key by key, `tag:<key>`
 * with the new value and `untag:<key>` for a removal.
 */
function tagEditSeen(
  options: AuditRecord['options'],
  tags: ObservedInstance['tags'],
): 'all' | 'part' | 'none' {
  const seen = Object.entries(options ?? {}).flatMap(([key, value]) => {
    if (key.startsWith('tag:')) return [tags[key.slice('tag:'.length)] === value];
    if (key.startsWith('untag:')) return [!Object.hasOwn(tags, key.slice('untag:'.length))];
    return [];
  });
  if (seen.length > 0 && seen.every(Boolean)) return 'all';
  return seen.some(Boolean) ? 'part' : 'none';
}

/**
 * What an open attempt most likely came to, judged from the instance now. State changes:
 * `succeeded` if the instance is where the action leads and was not there before, `unchanged` if
 * it is still where it was, `failed` otherwise. Tag edits: `succeeded` if the tags read as the
 * edit asked, `unchanged` if no part of it shows, `failed` if only part does (the kit never calls
 * EC2 for an edit already applied, so an open attempt's edit was not). A resize: `succeeded` if
 * the type is the new one. Reboots and protection leave nothing DescribeInstances shows:
 * `unchanged`, with the state noted. The record says it was reconciled, not observed.
 *
 * @example
 * reconciledOutcome({ action: 'stop', stateBefore: 'running', options: null }, { state: 'stopped', tags: {} }); // 'succeeded'
 */
export function reconciledOutcome(
  attempt: Pick<AuditRecord, 'action' | 'stateBefore' | 'options'>,
  now: ObservedInstance | null,
): AuditOutcome {
  if (now === null) return 'unchanged';
  if (attempt.action === 'tag' || attempt.action === 'tag-team') {
    const seen = tagEditSeen(attempt.options, now.tags);
    return seen === 'all' ? 'succeeded' : seen === 'part' ? 'failed' : 'unchanged';
  }
  if (attempt.action === 'resize')
    return now.instanceType === attempt.options?.instanceType ? 'succeeded' : 'unchanged';
  const targets = LEADS_TO[attempt.action];
  if (!targets) return 'unchanged';
  if (targets.includes(now.state))
    return attempt.stateBefore !== null && targets.includes(attempt.stateBefore as InstanceState)
      ? 'unchanged'
      : 'succeeded';
  return now.state === attempt.stateBefore ? 'unchanged' : 'failed';
}

/**
 * The `reconciled` record closing an attempt whose outcome was never written.
 *
 * @example
 * const entry = reconciledEntry(attempt, { state: 'stopped', tags: {} }, reconciler, 'req-9');
 */
export function reconciledEntry(
  attempt: AuditRecord,
  now: ObservedInstance | null,
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
    stateAfter: now?.state ?? null,
    outcome: reconciledOutcome(attempt, now),
    detail: `state now ${now?.state ?? 'unknown'}`,
    attemptSeq: attempt.seq,
  };
}
