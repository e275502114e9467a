import { cachedDateTimeFormat, cachedIntl } from './intl-cache';

const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

// Every clock of the console is a 24-hour one, as its charts' axes and AWS's consoles and logs are:
// an SRE matches a trace at 18:50:12 to a chart's spike at 18:50 without converting "6:50 PM".
const CLOCK = { hourCycle: 'h23' } as const;

function toDate(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * "3 days ago" / "in 2 hours", in the largest unit that fits; `null` for a missing or bad date.
 *
 * @example
 * formatRelativeTime('2026-01-01T00:00:00Z', new Date('2026-01-04T00:00:00Z'), 'en'); // '3 days ago'
 */
export function formatRelativeTime(
  iso: string | null | undefined,
  now: Date = new Date(),
  locale?: string,
): string | null {
  const date = toDate(iso);
  if (!date) return null;
  const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
  if (Math.abs(seconds) < 45) return 'just now';
  // Building an Intl formatter costs far more than formatting with one (a list row asks two).
  const format = cachedIntl(
    `relative|${locale ?? ''}`,
    () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }),
  );
  const [unit, size] = UNITS.find(([, unitSeconds]) => Math.abs(seconds) >= unitSeconds) ?? [
    'second',
    1,
  ];
  return format.format(Math.trunc(seconds / size), unit);
}

/**
 * A full, unambiguous timestamp with its time zone, for tooltips and detail views.
 *
 * @example
 * formatDateTime('2026-01-04T09:30:00Z', 'en-GB', 'UTC'); // '4 Jan 2026, 09:30:00 UTC'
 */
export function formatDateTime(
  iso: string | null | undefined,
  locale?: string,
  timeZone?: string,
): string | null {
  const date = toDate(iso);
  if (!date) return null;
  return cachedDateTimeFormat(
    'dateTime',
    { dateStyle: 'medium', timeStyle: 'long', ...CLOCK },
    locale,
    timeZone,
  ).format(date);
}

/**
 * A time of day to the minute, "10:32": when a view was last updated.
 *
 * @example
 * formatClockTime(Date.parse('2026-01-04T22:32:00Z'), 'en-US', 'UTC'); // '22:32'
 */
export function formatClockTime(epochMs: number, locale?: string, timeZone?: string): string {
  return cachedDateTimeFormat(
    'clock',
    { hour: '2-digit', minute: '2-digit', ...CLOCK },
    locale,
    timeZone,
  ).format(epochMs);
}

/**
 * When something happened, for a row of a list that may span days (traces, audit records): the
 * time of day to the second when it was today, with the day before it otherwise, and the year when
 * not this year. `null` for a missing or bad date.
 *
 * @example
 * const now = new Date('2026-01-04T18:00:00Z');
 * formatEventTime('2026-01-04T09:30:05Z', now, 'en-GB', 'UTC'); // '09:30:05'
 * formatEventTime('2026-01-03T21:30:05Z', now, 'en-GB', 'UTC'); // '3 Jan, 21:30:05'
 * formatEventTime('2025-12-31T21:30:05Z', now, 'en-GB', 'UTC'); // '31 Dec 2025, 21:30:05'
 */
export function formatEventTime(
  iso: string | null | undefined,
  now: Date = new Date(),
  locale?: string,
  timeZone?: string,
): string | null {
  const date = toDate(iso);
  if (!date) return null;
  const day = cachedDateTimeFormat(
    'eventDay',
    { year: 'numeric', month: 'numeric', day: 'numeric' },
    locale,
    timeZone,
  );
  const year = cachedDateTimeFormat('eventYear', { year: 'numeric' }, locale, timeZone);
  const time = { hour: '2-digit', minute: '2-digit', second: '2-digit', ...CLOCK } as const;
  const shape =
    day.format(date) === day.format(now)
      ? 'time'
      : year.format(date) === year.format(now)
        ? 'day'
        : 'year';
  const format = cachedDateTimeFormat(
    `event|${shape}`,
    shape === 'time'
      ? time
      : {
          day: 'numeric',
          month: 'short',
          ...(shape === 'year' ? { year: 'numeric' } : {}),
          ...time,
        },
    locale,
    timeZone,
  );
  return format.format(date);
}

/**
 * A count with the reader's digit grouping, from one kept formatter (`toLocaleString` builds one
 * per call).
 *
 * @example
 * formatCount(10000, 'en'); // '10,000'
 */
export function formatCount(count: number, locale?: string): string {
  return cachedIntl(`count|${locale ?? ''}`, () => new Intl.NumberFormat(locale)).format(count);
}

/** What the UI shows for an absent value (no public IP, no AZ …). */
export const EMPTY_VALUE = '—';
