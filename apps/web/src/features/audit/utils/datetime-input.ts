/**
 * An ISO instant as a `datetime-local` input's value, on the clock the console's times are on
 * (`useTimeZone`: `'UTC'`, or the browser's zone when `undefined`); `''` for none.
 *
 * @example
 * toDateTimeInput('2026-01-04T09:30:00.000Z', 'UTC'); // '2026-01-04T09:30'
 */
export function toDateTimeInput(iso: string, timeZone: string | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const shift = timeZone === 'UTC' ? 0 : date.getTimezoneOffset() * 60_000;
  return new Date(date.getTime() - shift).toISOString().slice(0, 16);
}

/**
 * A `datetime-local` value, read on the same clock as {@link toDateTimeInput} writes it, as an ISO
 * instant; `''` for none.
 *
 * @example
 * fromDateTimeInput('2026-01-04T09:30', 'UTC'); // '2026-01-04T09:30:00.000Z'
 */
export function fromDateTimeInput(value: string, timeZone: string | undefined): string {
  if (!value) return '';
  // Without a zone the value is read as local time; with a `Z`, as UTC.
  const date = new Date(timeZone === 'UTC' ? `${value}Z` : value);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString();
}
