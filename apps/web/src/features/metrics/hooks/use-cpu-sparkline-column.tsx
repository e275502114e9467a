import { instanceKey } from '@fleet/fleet';
import type { InstanceRef, MetricPoints } from '@fleet/contract';
import { useCallback, useMemo, type ReactNode } from 'react';
import { describeApiError } from '../../../lib/describe-api-error';
import { useCpuSparklines } from '../api/get-cpu-sparklines';
import { CpuSparklineCell } from '../components/cpu-sparkline-cell';

/**
 * The instances table's CPU column for the rows on screen: one `POST /metrics/cpu-sparklines`
 * naming exactly those rows, and a cell renderer the table calls per row. Lives here so the
 * instances feature needs no knowledge of metrics (the page passes the renderer down).
 */
export function useCpuSparklineColumn(
  rows: readonly InstanceRef[],
): (instance: InstanceRef) => ReactNode {
  const query = useCpuSparklines(rows);
  const byInstance = useMemo(() => {
    const map = new Map<string, MetricPoints>();
    for (const sparkline of query.data?.sparklines ?? []) {
      map.set(instanceKey(sparkline), sparkline.points);
    }
    return map;
  }, [query.data]);
  const reason = query.isError ? describeApiError(query.error).message : null;
  const loading = query.isPending && rows.length > 0;

  return useCallback(
    (instance: InstanceRef) => {
      if (reason !== null && !query.data)
        return <CpuSparklineCell status="error" reason={reason} />;
      const points = byInstance.get(instanceKey(instance));
      // A row not in the answer yet (a new page loading) is still loading, not empty.
      if (loading || (!points && query.isFetching)) return <CpuSparklineCell status="loading" />;
      return <CpuSparklineCell status="ready" points={points} />;
    },
    [reason, query.data, query.isFetching, byInstance, loading],
  );
}
