import { METRIC_RANGES, MetricRangeSchema, type MetricRange } from '@fleet/contract';

/** The range shown when the URL names none: the last hour, as the API and the EC2 console do. */
export const DEFAULT_METRIC_RANGE: MetricRange = '1h';

/** The URL search parameter holding the range, so a shared link opens the same view. */
export const RANGE_PARAM = 'range';

/** Labels of the range selector. */
export const RANGE_LABELS: Readonly<Record<MetricRange, string>> = {
  '1h': '1 hour',
  '3h': '3 hours',
  '12h': '12 hours',
  '1d': '1 day',
  '3d': '3 days',
  '1w': '1 week',
  '2w': '2 weeks',
};

export { METRIC_RANGES };

/**
 * The range a URL asks for; a missing or unknown value (an edited or old link) falls back to the
 * default instead of failing.
 *
 * @example
 * parseMetricRange(new URLSearchParams('range=3d')); // '3d'
 * parseMetricRange(new URLSearchParams('range=5y')); // '1h'
 */
export function parseMetricRange(search: URLSearchParams): MetricRange {
  const parsed = MetricRangeSchema.safeParse(search.get(RANGE_PARAM));
  return parsed.success ? parsed.data : DEFAULT_METRIC_RANGE;
}
