import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { parseTraceFilters, traceFiltersToSearch, type TraceFilters } from '../utils/trace-filters';

/** The Traces page's filters, read from and written to the URL (so a link shares the search). */
export function useTraceFilters(): [TraceFilters, (filters: TraceFilters) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => parseTraceFilters(searchParams), [searchParams]);
  const setFilters = useCallback(
    (next: TraceFilters) => setSearchParams(traceFiltersToSearch(next)),
    [setSearchParams],
  );
  return [filters, setFilters];
}
