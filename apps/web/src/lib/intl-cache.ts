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
