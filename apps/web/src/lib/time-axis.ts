import type { MetricRange } from '@fleet/contract';
import { cachedDateTimeFormat } from './intl-cache';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

// A time of day on a 24-hour clock, as every time of the console is (see format.ts).
const TIME_OF_DAY: Intl.DateTimeFormatOptions = {
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
};

/** Distance between two x-axis ticks per range: six to eight labels on any chart width. */
export const TICK_STEP_MS: Readonly<Record<MetricRange, number>> = {
  '1h': 10 * MINUTE,
  '3h': 30 * MINUTE,
  '12h': 2 * HOUR,
  '1d': 4 * HOUR,
  '3d': 12 * HOUR,
  '1w': DAY,
  '2w': 2 * DAY,
};

/** Offset of local time from UTC in minutes at `epochMs` (east positive): Date's sign flipped. */
function localOffsetMinutes(epochMs: number): number {
  return -new Date(epochMs).getTimezoneOffset();
}

/**
 * The offset `timeTicks` rounds on for a zone of `useTimeZone`: none for UTC, the browser's own
 * (which changes with daylight saving) otherwise.
 *
 * @example
 * timeTicks(first, last, '1h', offsetFor('UTC')); // ticks on round UTC times
 */
export function offsetFor(timeZone: string | undefined): (epochMs: number) => number {
  return timeZone === 'UTC' ? () => 0 : localOffsetMinutes;
}

/**
 * The x-axis ticks of a range: every {@link TICK_STEP_MS} from `startMs` to `endMs` inclusive,
 * on round local times (whole hours, local midnight for day steps), so labels read 10:00, 12:00.
 *
 * @example
 * timeTicks(Date.parse('2026-11-25T10:05:00Z'), Date.parse('2026-11-25T11:05:00Z'), '1h', () => 0);
 * // 10:10, 10:20 … 11:00 as epoch ms
 */
export function timeTicks(
  startMs: number,
  endMs: number,
  range: MetricRange,
  offsetMinutes: (epochMs: number) => number = localOffsetMinutes,
): number[] {
  const step = TICK_STEP_MS[range];
  const offset = offsetMinutes(startMs) * MINUTE;
  const ticks: number[] = [];
  for (
    let local = Math.ceil((startMs + offset) / step) * step;
    local - offset <= endMs;
    local += step
  ) {
    ticks.push(local - offset);
  }
  return ticks;
}

/**
 * An x-axis label: the time of day up to a day's range, the weekday and hour for three days, the
 * date beyond.
 *
 * @example
 * formatTimeTick(Date.parse('2026-11-25T14:30:00Z'), '1h', 'en-GB', 'UTC'); // '14:30'
 * formatTimeTick(Date.parse('2026-11-25T00:00:00Z'), '1w', 'en-GB', 'UTC'); // '25 Nov'
 */
export function formatTimeTick(
  epochMs: number,
  range: MetricRange,
  locale?: string,
  timeZone?: string,
): string {
  // Built once per shape, locale and zone: the axes format every tick at every draw.
  const [shape, options]: [string, Intl.DateTimeFormatOptions] =
    range === '3d'
      ? ['weekday', { weekday: 'short', ...TIME_OF_DAY }]
      : range === '1w' || range === '2w'
        ? ['date', { day: 'numeric', month: 'short' }]
        : ['clock', TIME_OF_DAY];
  return cachedDateTimeFormat(`tick|${shape}`, options, locale, timeZone).format(epochMs);
}

/**
 * A tooltip's heading: the period a point covers, "25 Nov, 14:30 – 14:35".
 *
 * @example
 * formatPointPeriod(Date.parse('2026-11-25T14:30:00Z'), 300, 'en-GB', 'UTC'); // '25 Nov, 14:30 – 14:35'
 */
export function formatPointPeriod(
  epochMs: number,
  periodSeconds: number,
  locale?: string,
  timeZone?: string,
): string {
  // A tooltip formats its heading at every move of the pointer.
  const from = cachedDateTimeFormat(
    'periodFrom',
    { day: 'numeric', month: 'short', ...TIME_OF_DAY },
    locale,
    timeZone,
  );
  const to = cachedDateTimeFormat('periodTo', TIME_OF_DAY, locale, timeZone);
  return `${from.format(epochMs)} – ${to.format(epochMs + periodSeconds * 1000)}`;
}
