import { failingChecks } from '../../fleet/failing-checks';
import type { TransitionDurations } from '../state/durations';
import type { InstanceRecord } from '../state/instance-record';
import { currentEvent } from '../state/lifecycle';

/** The summary status of one status check, as EC2 names it. */
export type CheckStatus = 'ok' | 'impaired' | 'initializing' | 'not-applicable';

/** Both status checks of one instance at one instant. */
export interface StatusChecks {
  readonly system: CheckStatus;
  readonly instance: CheckStatus;
  /** Since when the failing check fails (the start of the current run). */
  readonly impairedSince: number | undefined;
}

/**
 * EC2 runs status checks only on running instances; they initialise for a while after each start
 * or reboot, then pass, unless the instance carries an injected impairment.
 */
export function statusChecksAt(
  record: InstanceRecord,
  now: number,
  durations: TransitionDurations,
): StatusChecks {
  const event = currentEvent(record, now);
  if (event.state !== 'running')
    return { system: 'not-applicable', instance: 'not-applicable', impairedSince: undefined };
  const since = Math.max(event.at, record.lastRebootAt ?? 0);
  if (now - since < durations.statusInitializingMs) {
    return { system: 'initializing', instance: 'initializing', impairedSince: undefined };
  }
  const failing = failingChecks(record.impairment);
  return {
    system: failing.system ? 'impaired' : 'ok',
    instance: failing.instance ? 'impaired' : 'ok',
    impairedSince: record.impairment === 'none' ? undefined : event.at,
  };
}

/** The `reachability` detail value that goes with a summary status. */
export function reachabilityOf(status: CheckStatus): string | undefined {
  switch (status) {
    case 'ok':
      return 'passed';
    case 'impaired':
      return 'failed';
    case 'initializing':
      return 'initializing';
    case 'not-applicable':
      return undefined;
  }
}
