import type { MetricRange, TraceSearchParams } from '@fleet/contract';

/** Every query key of this feature starts here. */
export const traceKeys = {
  all: ['traces'] as const,
  search: (params: TraceSearchParams): readonly ['traces', 'search', TraceSearchParams] =>
    [...traceKeys.all, 'search', params] as const,
  detail: (id: string): readonly ['traces', 'detail', string] =>
    [...traceKeys.all, 'detail', id] as const,
  health: (range: MetricRange): readonly ['traces', 'health', MetricRange] =>
    [...traceKeys.all, 'health', range] as const,
};
