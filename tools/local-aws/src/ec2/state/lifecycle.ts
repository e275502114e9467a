import type { TransitionDurations } from './durations';
import type {
  InstanceRecord,
  InstanceStateName,
  StateEvent,
  StateReasonCode,
} from './instance-record';

/** The event in force at `now`: the last one that has already happened. */
export function currentEvent(record: InstanceRecord, now: number): StateEvent {
  const { events } = record;
  for (let i = events.length - 1; i >= 0; i--) {
    const event = events[i] as StateEvent;
    if (event.at <= now) return event;
  }
  // A record is created with its first event at creation time, so this only guards bad input.
  return events[0] as StateEvent;
}

/** The state of an instance at `now`. */
export function stateAt(record: InstanceRecord, now: number): InstanceStateName {
  return currentEvent(record, now).state;
}

/** EC2's `launchTime`: when the instance last entered `pending` (it moves on every start). */
export function launchTimeAt(record: InstanceRecord, now: number): number {
  const { events } = record;
  for (let i = events.length - 1; i >= 0; i--) {
    const event = events[i] as StateEvent;
    if (event.state === 'pending' && event.at <= now) return event.at;
  }
  return (events[0] as StateEvent).at;
}

/** Terminated instances disappear from every answer once the retention has passed, as on EC2. */
export function isListed(
  record: InstanceRecord,
  now: number,
  durations: TransitionDurations,
): boolean {
  const event = currentEvent(record, now);
  return event.state !== 'terminated' || now - event.at < durations.terminatedRetentionMs;
}

/** Intervals in which the instance was `running`, oldest first; `to` is null while it still runs. */
export function runningIntervalsAt(
  record: InstanceRecord,
  now: number,
): { from: number; to: number | null }[] {
  const intervals: { from: number; to: number | null }[] = [];
  let openFrom: number | null = null;
  for (const event of record.events) {
    if (event.at > now) break;
    if (event.state === 'running') {
      if (openFrom === null) openFrom = event.at;
    } else if (openFrom !== null) {
      intervals.push({ from: openFrom, to: event.at });
      openFrom = null;
    }
  }
  if (openFrom !== null) intervals.push({ from: openFrom, to: null });
  return intervals;
}

/**
 * Replaces whatever transition is under way with a new one starting now. Future events are the
 * not-yet-reached end of an earlier transition (a `stopped` still to come), and a new command
 * supersedes them.
 */
export function scheduleTransition(
  record: InstanceRecord,
  now: number,
  steps: readonly { state: InstanceStateName; afterMs: number }[],
  reason?: StateReasonCode,
): void {
  const kept = record.events.filter((event) => event.at <= now);
  for (const step of steps) {
    kept.push({ state: step.state, at: now + step.afterMs, requestedAt: now, reason });
  }
  record.events = kept;
  record.version++;
}
