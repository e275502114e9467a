import { localAwsCounters } from '@fleet/testing';

/** The EC2 actions that change an instance, and the console action each serves. */
const MUTATIONS: Readonly<Record<string, string>> = {
  StartInstances: 'start',
  StopInstances: 'stop',
  RebootInstances: 'reboot',
  TerminateInstances: 'terminate',
  ModifyInstanceAttribute: 'protect',
};

/** EC2 mutation calls that took effect since the counters were reset, per console action. */
export interface Ec2Mutations {
  readonly total: number;
  readonly byAction: Readonly<Record<string, number>>;
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
  const byAction: Record<string, number> = {};
  let total = 0;
  for (const [name, action] of Object.entries(MUTATIONS)) {
    const served = (actions[name]?.total ?? 0) - (actions[name]?.errors ?? 0);
    byAction[action] = (byAction[action] ?? 0) + served;
    total += served;
  }
  return { total, byAction };
}
