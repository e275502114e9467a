import type { TransitionDurations } from './durations';
import type { InstanceRecord, InstanceStateName } from './instance-record';
import { currentEvent, scheduleTransition, stateAt } from './lifecycle';

/** What EC2 answers for one instance of a state-changing call. */
export type TransitionOutcome =
  | {
      readonly kind: 'ok';
      readonly previous: InstanceStateName;
      readonly current: InstanceStateName;
    }
  | {
      readonly kind: 'refused';
      readonly code:
        'IncorrectInstanceState' | 'OperationNotPermitted' | 'UnsupportedHibernationConfiguration';
      readonly message: string;
    };

/** The state-changing API actions, by what they do. */
export type StateAction = 'start' | 'stop' | 'terminate' | 'reboot';

/** StopInstances' `Force` and `Hibernate` flags. */
export interface StopOptions {
  readonly force: boolean;
  readonly hibernate: boolean;
}

function refusedState(instanceId: string, verb: string): TransitionOutcome {
  return {
    kind: 'refused',
    code: 'IncorrectInstanceState',
    message: `The instance '${instanceId}' is not in a state from which it can be ${verb}.`,
  };
}

/**
 * Decides, without changing anything, whether EC2 would accept `action` on this instance now.
 * Calls check every instance first and apply only when all pass: one refusal fails the whole
 * call on EC2, with no partial effect.
 */
export function checkTransition(
  record: InstanceRecord,
  action: StateAction,
  now: number,
  stop: StopOptions = { force: false, hibernate: false },
): TransitionOutcome {
  const state = stateAt(record, now);
  const id = record.instanceId;
  const unchanged: TransitionOutcome = { kind: 'ok', previous: state, current: state };
  switch (action) {
    case 'start':
      if (state === 'pending' || state === 'running') return unchanged;
      if (state === 'stopped') return { kind: 'ok', previous: state, current: 'pending' };
      return refusedState(id, 'started');
    case 'stop':
      if (record.disableApiStop) {
        return {
          kind: 'refused',
          code: 'OperationNotPermitted',
          message: `The instance '${id}' may not be stopped. Modify its 'disableApiStop' instance attribute and try again.`,
        };
      }
      if (stop.hibernate && !record.hibernationConfigured) {
        return {
          kind: 'refused',
          code: 'UnsupportedHibernationConfiguration',
          message: `The instance '${id}' is not enabled for hibernation.`,
        };
      }
      if (state === 'stopped' || state === 'stopping') return unchanged;
      if (state === 'running') return { kind: 'ok', previous: state, current: 'stopping' };
      return refusedState(id, 'stopped');
    case 'terminate':
      if (record.disableApiTermination) {
        return {
          kind: 'refused',
          code: 'OperationNotPermitted',
          message: `The instance '${id}' may not be terminated. Modify its 'disableApiTermination' instance attribute and try again.`,
        };
      }
      if (state === 'terminated' || state === 'shutting-down') return unchanged;
      return { kind: 'ok', previous: state, current: 'shutting-down' };
    case 'reboot':
      // A reboot of a booting instance is harmless on EC2; anything not up cannot be rebooted.
      if (state === 'running' || state === 'pending') return unchanged;
      return refusedState(id, 'rebooted');
  }
}

/** Applies an accepted transition: schedules its events from `now`. */
export function applyTransition(
  record: InstanceRecord,
  action: StateAction,
  now: number,
  durations: TransitionDurations,
  stop: StopOptions = { force: false, hibernate: false },
): void {
  const state = stateAt(record, now);
  switch (action) {
    case 'start':
      if (state !== 'stopped') return;
      scheduleTransition(
        record,
        now,
        [
          { state: 'pending', afterMs: 0 },
          { state: 'running', afterMs: durations.pendingMs },
        ],
        'pending',
      );
      return;
    case 'stop': {
      const reason = stop.hibernate
        ? 'Client.UserInitiatedHibernate'
        : 'Client.UserInitiatedShutdown';
      if (state === 'running') {
        const ms = stop.force ? durations.forcedStoppingMs : durations.stoppingMs;
        scheduleTransition(
          record,
          now,
          [
            { state: 'stopping', afterMs: 0 },
            { state: 'stopped', afterMs: ms },
          ],
          reason,
        );
      } else if (state === 'stopping' && stop.force) {
        // Force on a stop that hangs is EC2's documented way to hurry it along.
        const stoppedAt = record.events.find((e) => e.state === 'stopped' && e.at > now)?.at ?? now;
        const remaining = Math.min(stoppedAt - now, durations.forcedStoppingMs);
        scheduleTransition(
          record,
          now,
          [{ state: 'stopped', afterMs: remaining }],
          currentEvent(record, now).reason,
        );
      }
      return;
    }
    case 'terminate':
      if (state === 'terminated' || state === 'shutting-down') return;
      scheduleTransition(
        record,
        now,
        [
          { state: 'shutting-down', afterMs: 0 },
          { state: 'terminated', afterMs: durations.shuttingDownMs },
        ],
        'Client.UserInitiatedShutdown',
      );
      return;
    case 'reboot':
      if (state === 'running') {
        record.lastRebootAt = now;
        record.version++;
      }
      return;
  }
}
