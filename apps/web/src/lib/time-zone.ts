import { useSyncExternalStore } from 'react';

/**
 * Which clock the console's times are on: the reader's own zone, or UTC, the zone of CloudWatch
 * Logs Insights, of logs and of colleagues in other zones. A display preference of this browser
 * (nothing secret): localStorage is its place, and every open tab follows a change.
 */
export type TimeZoneChoice = 'local' | 'utc';

const STORAGE_KEY = 'fleet-console:time-zone';
const listeners = new Set<() => void>();

function readChoice(): TimeZoneChoice {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === 'utc' ? 'utc' : 'local';
  } catch {
    return 'local';
  }
}

// Read once, then kept: a render asks for it in every row of a table.
let current: TimeZoneChoice | undefined;

function choice(): TimeZoneChoice {
  current ??= readChoice();
  return current;
}

function publish(next: TimeZoneChoice): void {
  current = next;
  for (const listener of listeners) listener();
}

function onStorage(event: StorageEvent): void {
  // Another tab chose: this one follows.
  if (event.key === STORAGE_KEY || event.key === null) publish(readChoice());
}

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) window.addEventListener('storage', onStorage);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size > 0) return;
    window.removeEventListener('storage', onStorage);
    // Unheard, another tab's choice would not reach the kept one: read it again when next asked.
    current = undefined;
  };
}

/**
 * Puts every time of the console on `next`'s clock, in this tab and the browser's others.
 *
 * @example
 * chooseTimeZone('utc');
 */
export function chooseTimeZone(next: TimeZoneChoice): void {
  try {
    if (next === 'utc') window.localStorage.setItem(STORAGE_KEY, next);
    else window.localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage full or disabled: the choice holds for this visit only.
  }
  publish(next);
}

/** The reader's choice of clock, re-rendering when it changes. */
export function useTimeZoneChoice(): TimeZoneChoice {
  return useSyncExternalStore(subscribe, choice);
}

/**
 * The IANA zone to hand `Intl.DateTimeFormat` (and the formatters of `format.ts`, `time-axis.ts`):
 * `'UTC'`, or `undefined` for the browser's own.
 *
 * @example
 * const timeZone = useTimeZone();
 * formatEventTime(record.at, undefined, undefined, timeZone);
 */
export function useTimeZone(): string | undefined {
  return useSyncExternalStore(subscribe, choice) === 'utc' ? 'UTC' : undefined;
}

/**
 * What follows a time to name its zone when it is not the reader's own.
 *
 * @example
 * `updated 10:32${zoneSuffix('UTC')}`; // 'updated 10:32 UTC'
 */
export function zoneSuffix(timeZone: string | undefined): string {
  return timeZone ? ` ${timeZone}` : '';
}

/**
 * A time column's heading or a time field's label: it names the zone when it is not the reader's
 * own.
 *
 * @example
 * withZone('Time', 'UTC'); // 'Time (UTC)'
 */
export function withZone(label: string, timeZone: string | undefined): string {
  return timeZone ? `${label} (${timeZone})` : label;
}
