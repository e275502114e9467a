import { cachedIntl } from './intl-cache';

const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

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
  return cachedIntl(
    `dateTime|${locale ?? ''}|${timeZone ?? ''}`,
    () =>
      new Intl.DateTimeFormat(locale, {
        dateStyle: 'medium',
        timeStyle: 'long',
        ...(timeZone ? { timeZone } : {}),
      }),
  ).format(date);
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
