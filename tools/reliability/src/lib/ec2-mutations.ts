import { localAwsCounters } from '@fleet/testing';

/**
 * The EC2 calls that change an instance, grouped by the console actions that make them, with
 * how many calls one audited attempt of each may make (protection sets one flag per call, a tag
 * edit may delete and then create).
 */
const MUTATIONS: readonly {
  readonly calls: readonly string[];
  readonly perAttempt: Readonly<Record<string, number>>;
}[] = [
  { calls: ['StartInstances'], perAttempt: { start: 1 } },
  { calls: ['StopInstances'], perAttempt: { stop: 1 } },
  { calls: ['RebootInstances'], perAttempt: { reboot: 1 } },
  { calls: ['TerminateInstances'], perAttempt: { terminate: 1 } },
  { calls: ['ModifyInstanceAttribute'], perAttempt: { protect: 2, resize: 1 } },
  { calls: ['CreateTags', 'DeleteTags'], perAttempt: { tag: 2, 'tag-team': 2 } },
];

/** EC2 mutation calls that took effect since the counters were reset, by EC2 action. */
export interface Ec2Mutations {
  readonly total: number;
  readonly byCall: Readonly<Record<string, number>>;
}

/**
 * The state-changing EC2 calls the local AWS served since its counters were last reset, without
 * the calls it failed (throttled, injected errors): those changed nothing.
 *
 * @example
 * await resetLocalAwsCounters();
 * (await ec2Mutations()).total; // 0
 */
export async function ec2Mutations(): Promise<Ec2Mutations> {
  const actions = (await localAwsCounters()).services.ec2?.actions ?? {};
  const byCall: Record<string, number> = {};
  for (const name of MUTATIONS.flatMap((group) => group.calls))
    byCall[name] = (actions[name]?.total ?? 0) - (actions[name]?.errors ?? 0);
  return { total: Object.values(byCall).reduce((sum, n) => sum + n, 0), byCall };
}

/**
 * EC2 mutations no audited attempt accounts for: per group of calls, those beyond what the
 * attempts that may have acted could have made.
 *
 * @example
 * unauditedMutations({ byCall: { RebootInstances: 2 }, total: 2 }, { reboot: 1 }); // 1
 */
export function unauditedMutations(
  sent: Ec2Mutations,
  mayHaveActed: Readonly<Record<string, number>>,
): number {
  return MUTATIONS.reduce((sum, group) => {
    const calls = group.calls.reduce((n, name) => n + (sent.byCall[name] ?? 0), 0);
    const allowed = Object.entries(group.perAttempt).reduce(
      (n, [action, per]) => n + per * (mayHaveActed[action] ?? 0),
      0,
    );
    return sum + Math.max(0, calls - allowed);
  }, 0);
}
