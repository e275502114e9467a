import { instanceKey } from '@fleet/fleet';
import type { InstanceRef, MetricPoints } from '@fleet/contract';
import { useCallback, useMemo } from 'react';
import { useCpuSparklines } from '../api/get-cpu-sparklines';
import type { CpuSparklineCellProps } from '../components/cpu-sparkline-cell';

/**
 * The instances table's CPU column for the rows on screen: one `POST /metrics/cpu-sparklines`
 * naming exactly those rows, and what each row's cell shows. A new answer changes this function,
 * which only the CPU cells read (`MetricsColumnsProvider`): the rows themselves do not re-render.
 */
export function useCpuSparklineColumn(
  rows: readonly InstanceRef[],
): (instance: InstanceRef) => CpuSparklineCellProps {
  const query = useCpuSparklines(rows);
  const byInstance = useMemo(() => {
    const map = new Map<string, MetricPoints>();
    for (const sparkline of query.data?.sparklines ?? []) {
      map.set(instanceKey(sparkline), sparkline.points);
    }
    return map;
  }, [query.data]);
  // The cell words the error (its chunk loads lazily, and the wording with it).
  const error = query.isError ? query.error : null;
  const loading = query.isPending && rows.length > 0;

  return useCallback(
    (instance: InstanceRef): CpuSparklineCellProps => {
      if (error !== null && !query.data) return { status: 'error', error };
      const points = byInstance.get(instanceKey(instance));
      // A row not in the answer yet (a new page loading) is still loading, not empty.
      if (loading || (!points && query.isFetching)) return { status: 'loading' };
      return { status: 'ready', points };
    },
    [error, query.data, query.isFetching, byInstance, loading],
  );
}
