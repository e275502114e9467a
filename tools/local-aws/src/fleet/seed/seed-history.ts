import type { StateEvent } from '../../ec2/state/instance-record';
import { integerBetween, type Random } from '../../util/seeded-random';

/** What the seeded instance is doing now. */
export type SeededEnding = 'running' | 'stopped' | 'terminated';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
// Past transitions took what they take on EC2, whatever the configured durations are.
const PENDING_MS = 15_000;
const STOPPING_MS = 40_000;
const SHUTTING_DOWN_MS = 30_000;

/**
 * A plausible past for one instance: launched days or weeks ago, stopped and restarted a few times
 * (development more often), ending in the requested state. Every event lies in the past.
 */
export function seedHistory(
  random: Random,
  now: number,
  ending: SeededEnding,
  pastStops: number,
): StateEvent[] {
  const launchedAt =
    now - integerBetween(random, 3, 60) * DAY - integerBetween(random, 0, 23) * HOUR;
  const events: StateEvent[] = [];
  const start = (at: number): void => {
    events.push({ state: 'pending', at, requestedAt: at, reason: 'pending' });
    events.push({ state: 'running', at: at + PENDING_MS, requestedAt: at });
  };
  const stop = (at: number): void => {
    events.push({ state: 'stopping', at, requestedAt: at, reason: 'Client.UserInitiatedShutdown' });
    events.push({
      state: 'stopped',
      at: at + STOPPING_MS,
      requestedAt: at,
      reason: 'Client.UserInitiatedShutdown',
    });
  };
  start(launchedAt);
  // The last stretch is reserved for the ending, so past stops never overlap it.
  const endingRoom =
    ending === 'terminated'
      ? integerBetween(random, 10, 50) * MINUTE
      : integerBetween(random, 2, 48) * HOUR;
  const span = now - endingRoom - launchedAt;
  const slot = span / (pastStops + 1);
  for (let i = 0; i < pastStops; i++) {
    const slotStart = launchedAt + slot * (i + 0.5);
    const stopAt = Math.round(slotStart + random() * slot * 0.3);
    const downFor = Math.min(slot * 0.4, integerBetween(random, 2, 60) * HOUR);
    stop(stopAt);
    start(Math.round(stopAt + STOPPING_MS + downFor));
  }
  const endAt = now - endingRoom;
  if (ending === 'stopped') stop(endAt);
  if (ending === 'terminated') {
    events.push({
      state: 'shutting-down',
      at: endAt,
      requestedAt: endAt,
      reason: 'Client.UserInitiatedShutdown',
    });
    events.push({
      state: 'terminated',
      at: endAt + SHUTTING_DOWN_MS,
      requestedAt: endAt,
      reason: 'Client.UserInitiatedShutdown',
    });
  }
  return events;
}
