import type { InstanceAction, InstanceState, ProtectionFlag, RefusalReason } from '@fleet/contract';
import { tagsAlreadyApplied, wantedFlags, type ActionOptions } from './action-options';
import type { InstanceSnapshot, ProtectionState } from './instance-snapshot';

/** What the rules decide for one instance before any EC2 call. */
export type Verdict =
  | { readonly kind: 'act' }
  | { readonly kind: 'unchanged'; readonly message: string }
  | {
      readonly kind: 'refused';
      readonly refusal: RefusalReason;
      readonly flag?: ProtectionFlag;
      readonly message: string;
    };

const VERB: Record<InstanceAction, string> = {
  start: 'started',
  stop: 'stopped',
  reboot: 'rebooted',
  terminate: 'terminated',
  protect: 'given new protection flags',
  tag: 'retagged',
  'tag-team': 'moved to another team',
  resize: 'resized',
};

function wrongState(snapshot: InstanceSnapshot, action: InstanceAction): Verdict {
  // EC2 changes an instance's type only while it is stopped: say what to do, not just "no".
  const why =
    action === 'resize'
      ? 'its type can only be changed while it is stopped. Stop it first.'
      : `it cannot be ${VERB[action]} from that state.`;
  return {
    kind: 'refused',
    refusal: 'wrong-state',
    message: `${snapshot.id} is ${snapshot.state}: ${why}`,
  };
}

function unchanged(snapshot: InstanceSnapshot, why: string): Verdict {
  return { kind: 'unchanged', message: `${snapshot.id} ${why}.` };
}

function protectedBy(
  snapshot: InstanceSnapshot,
  flag: ProtectionFlag,
  action: InstanceAction,
): Verdict {
  return {
    kind: 'refused',
    refusal: 'protected',
    flag,
    message: `${snapshot.id} has ${flag} set: it cannot be ${VERB[action]} until an admin clears it.`,
  };
}

const is = (state: InstanceState, ...states: InstanceState[]): boolean => states.includes(state);

/**
 * EC2's rules for one instance, decided before the call so that one instance's refusal never
 * fails the others' call: the state the action needs, "already there" (unchanged, no call), and
 * the protection flags. Stop: running → stopping; stopping/stopped unchanged (force hurries a
 * stopping instance); `disableApiStop` refuses. Start: stopped → pending; pending/running
 * unchanged. Reboot: running; pending unchanged. Terminate: anything not yet shutting down;
 * `disableApiTermination` refuses. Protect: anything not terminated; flags already set unchanged.
 * Tag and tag-team: anything not shutting down or terminated; tags already as asked unchanged.
 * Resize: stopped only (EC2's `IncorrectInstanceState` otherwise); the same type unchanged.
 *
 * @example
 * preconditionOf('stop', anInstanceSnapshot({ state: 'running' }), {}, { disableApiStop: true });
 * // { kind: 'refused', refusal: 'protected', flag: 'disableApiStop', … }
 */
export function preconditionOf(
  action: InstanceAction,
  snapshot: InstanceSnapshot,
  options: ActionOptions,
  protection: ProtectionState,
): Verdict {
  const { state } = snapshot;
  switch (action) {
    case 'start':
      if (is(state, 'pending', 'running')) return unchanged(snapshot, `is already ${state}`);
      return state === 'stopped' ? { kind: 'act' } : wrongState(snapshot, action);
    case 'stop':
      if (state === 'stopped' || (state === 'stopping' && !options.force)) {
        return unchanged(snapshot, `is already ${state}`);
      }
      if (!is(state, 'running', 'stopping')) return wrongState(snapshot, action);
      if (protection.disableApiStop) return protectedBy(snapshot, 'disableApiStop', action);
      if (options.hibernate && !snapshot.hibernationConfigured) {
        return {
          kind: 'refused',
          refusal: 'hibernation-not-configured',
          message: `${snapshot.id} was not launched with hibernation configured.`,
        };
      }
      return { kind: 'act' };
    case 'reboot':
      if (state === 'pending') return unchanged(snapshot, 'is still booting');
      return state === 'running' ? { kind: 'act' } : wrongState(snapshot, action);
    case 'terminate':
      if (is(state, 'shutting-down', 'terminated'))
        return unchanged(snapshot, `is already ${state}`);
      if (protection.disableApiTermination)
        return protectedBy(snapshot, 'disableApiTermination', action);
      return { kind: 'act' };
    case 'protect': {
      if (state === 'terminated') return wrongState(snapshot, action);
      const same = wantedFlags(options).every(
        ([flag, value]) => (protection[flag] ?? false) === value,
      );
      return same ? unchanged(snapshot, 'already has these protection flags') : { kind: 'act' };
    }
    case 'tag':
    case 'tag-team':
      if (is(state, 'shutting-down', 'terminated')) return wrongState(snapshot, action);
      // A menu asks without an edit: offered whenever the state allows one.
      return options.tags && tagsAlreadyApplied(snapshot.tags, options.tags)
        ? unchanged(snapshot, 'already has these tags')
        : { kind: 'act' };
    case 'resize':
      if (options.instanceType !== undefined && snapshot.instanceType === options.instanceType)
        return unchanged(snapshot, `is already ${options.instanceType}`);
      return state === 'stopped' ? { kind: 'act' } : wrongState(snapshot, action);
  }
}
