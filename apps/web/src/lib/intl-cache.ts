const formats = new Map<string, unknown>();

/**
 * One Intl formatter per kind, locale and options, built once and kept: building an
 * `Intl.DateTimeFormat` or `NumberFormat` costs far more than formatting with it, and a page of the
 * instance list formats several values per row while it draws (profiled at 50 rows: building
 * formatters was a tenth of the redraw).
 *
 * @example
 * cachedIntl('number|en|2', () => new Intl.NumberFormat('en', { maximumFractionDigits: 2 })).format(1.234); // '1.23'
 */
export function cachedIntl<T>(key: string, build: () => T): T {
  let found = formats.get(key) as T | undefined;
  if (found === undefined) {
    found = build();
    formats.set(key, found);
  }
  return found;
}

/**
 * A kept `Intl.DateTimeFormat` per kind (which `options`), locale and zone (the browser's own when
 * `timeZone` is left out).
 *
 * @example
 * cachedDateTimeFormat('clock', { hour: '2-digit', minute: '2-digit' }, 'en-GB', 'UTC').format(0); // '00:00'
 */
export function cachedDateTimeFormat(
  kind: string,
  options: Intl.DateTimeFormatOptions,
  locale: string | undefined,
  timeZone: string | undefined,
): Intl.DateTimeFormat {
  return cachedIntl(
    `${kind}|${locale ?? ''}|${timeZone ?? ''}`,
    () => new Intl.DateTimeFormat(locale, { ...options, ...(timeZone ? { timeZone } : {}) }),
  );
}
