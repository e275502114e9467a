/**
 * An ISO instant as a `datetime-local` input's value, in the browser's time zone.
 *
 * @example
 * toLocalInput(''); // ''
 */
export function toLocalInput(iso: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

/**
 * A `datetime-local` value (browser time zone) as an ISO instant; `''` for none.
 *
 * @example
 * fromLocalInput(''); // ''
 */
export function fromLocalInput(value: string): string {
  if (!value) return '';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString();
}
