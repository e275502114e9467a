import type { MetricPoints } from '@fleet/contract';

/**
 * Significant digits a point keeps. A chart is a few hundred pixels tall, so four digits are
 * finer than any line or tooltip shows, and they cut a 500-instance sparklines answer by more
 * than half (CloudWatch averages arrive with 15–17 digits).
 */
export const SIGNIFICANT_DIGITS = 4;

/**
 * Points rounded to {@link SIGNIFICANT_DIGITS}; gaps stay `null` and zeros stay zero.
 *
 * @example
 * roundPoints([12.345678, null, 0.000123456, 98765.4321]); // [12.35, null, 0.0001235, 98770]
 */
export function roundPoints(points: MetricPoints): MetricPoints {
  return points.map((value) =>
    value === null ? null : Number(value.toPrecision(SIGNIFICANT_DIGITS)),
  );
}
