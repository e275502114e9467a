import type { MetricRange } from '@fleet/contract';
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { DEFAULT_METRIC_RANGE, RANGE_PARAM, parseMetricRange } from '../utils/metric-range';

/** The charts' range, read from and written to the URL (`?range=3d`) so a link shares the view. */
export function useMetricRange(): [MetricRange, (range: MetricRange) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const range = parseMetricRange(searchParams);
  const setRange = useCallback(
    (next: MetricRange) =>
      setSearchParams(
        (current) => {
          const updated = new URLSearchParams(current);
          // The default stays out of the URL, as the list's defaults do.
          if (next === DEFAULT_METRIC_RANGE) updated.delete(RANGE_PARAM);
          else updated.set(RANGE_PARAM, next);
          return updated;
        },
        { replace: true },
      ),
    [setSearchParams],
  );
  return [range, setRange];
}
