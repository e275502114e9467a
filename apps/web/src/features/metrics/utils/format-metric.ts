import { cachedIntl } from '../../../lib/intl-cache';

/** How a chart's values read: the unit decides the suffix and the scaling. */
export type MetricFormat =
  'percent' | 'bytesPerSecond' | 'opsPerSecond' | 'packetsPerSecond' | 'credits' | 'status';

/** Shown where a period has no datapoint (the instance was not running). */
export const NO_DATA = 'no data';

const BYTE_UNITS = ['B/s', 'KB/s', 'MB/s', 'GB/s', 'TB/s'] as const;

/** At most three significant digits, trailing zeros dropped: 1.5, 12.3, 123, 1,234. */
function compact(value: number, locale?: string): string {
  const abs = Math.abs(value);
  const digits = abs === 0 || abs >= 100 ? 0 : abs >= 10 ? 1 : 2;
  return cachedIntl(
    `number|${locale ?? ''}|${digits}`,
    () => new Intl.NumberFormat(locale, { maximumFractionDigits: digits }),
  ).format(value);
}

/**
 * Bytes per second in the largest decimal unit under 1,000 (network rates are quoted in powers of
 * ten: 1 KB/s = 1,000 bytes/s, as CloudWatch and link speeds count them).
 *
 * @example
 * formatBytesPerSecond(1_536_000, 'en'); // '1.54 MB/s'
 */
export function formatBytesPerSecond(value: number, locale?: string): string {
  let scaled = value;
  let unit = 0;
  while (Math.abs(scaled) >= 1000 && unit < BYTE_UNITS.length - 1) {
    scaled /= 1000;
    unit += 1;
  }
  // 999.96 KB/s rounds to "1,000 KB/s": say 1 MB/s instead.
  if (Math.abs(Number(scaled.toPrecision(3))) >= 1000 && unit < BYTE_UNITS.length - 1) {
    scaled /= 1000;
    unit += 1;
  }
  return `${compact(scaled, locale)} ${BYTE_UNITS[unit]}`;
}

/**
 * One value in a chart's unit, for tooltips and axis ticks; `null` (no datapoint) reads "no data".
 *
 * @example
 * formatMetricValue(42.1234, 'percent', 'en'); // '42.1 %'
 * formatMetricValue(null, 'percent'); // 'no data'
 */
export function formatMetricValue(
  value: number | null | undefined,
  format: MetricFormat,
  locale?: string,
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return NO_DATA;
  switch (format) {
    case 'percent':
      return `${compact(value, locale)} %`;
    case 'bytesPerSecond':
      return formatBytesPerSecond(value, locale);
    case 'opsPerSecond':
      return `${compact(value, locale)} ops/s`;
    case 'packetsPerSecond':
      return `${compact(value, locale)} packets/s`;
    case 'credits':
      return `${compact(value, locale)} credits`;
    case 'status':
      return value >= 1 ? 'Failed' : 'OK';
  }
}

/**
 * Shorter labels for a y axis, whose unit the chart's title names: counts become "1.2K"; bytes
 * keep their unit on each tick, since it changes along the axis (500 KB/s, 1 MB/s).
 *
 * @example
 * formatAxisValue(1200, 'opsPerSecond', 'en'); // '1.2K'
 */
export function formatAxisValue(value: number, format: MetricFormat, locale?: string): string {
  switch (format) {
    case 'bytesPerSecond':
      return formatBytesPerSecond(value, locale);
    case 'percent':
      return `${compact(value, locale)} %`;
    case 'status':
      return value >= 1 ? 'Failed' : 'OK';
    default:
      // Below a thousand, three significant digits keep close ticks apart (0.15, 0.2, 0.25).
      return Math.abs(value) < 1000
        ? compact(value, locale)
        : new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(
            value,
          );
  }
}

/**
 * The period the API chose, as people say it: "1-minute points", "5-minute points", "1-hour points".
 *
 * @example
 * describePeriod(300); // '5-minute points'
 */
export function describePeriod(seconds: number): string {
  if (seconds < 60) return `${seconds}-second points`;
  if (seconds < 3600 || seconds % 3600 !== 0) return `${Math.round(seconds / 60)}-minute points`;
  return `${seconds / 3600}-hour points`;
}
