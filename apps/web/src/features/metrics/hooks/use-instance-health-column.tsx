import type { Instance, InstanceHealth } from '@fleet/contract';
import { instanceKey } from '@fleet/fleet';
import { useCallback, useMemo, type ReactNode } from 'react';
import { describeApiError } from '../../../lib/describe-api-error';
import { useInstanceHealth } from '../api/get-instance-health';
import { InstanceHealthCell, type HealthPart } from '../components/instance-health-cell';

/**
 * The instances table's Status checks and Alarms columns for the rows on screen: one
 * `POST /instances/health` naming exactly those rows (beside the list, whose calls stay as they
 * are), and a cell renderer the table calls per row and column.
 */
export function useInstanceHealthColumns(
  rows: readonly Instance[],
): (instance: Instance, part: HealthPart) => ReactNode {
  const query = useInstanceHealth(rows);
  const byInstance = useMemo(
    () =>
      new Map<string, InstanceHealth>((query.data?.health ?? []).map((h) => [instanceKey(h), h])),
    [query.data],
  );
  const reason = query.isError ? describeApiError(query.error).message : null;
  const loading = query.isPending && rows.length > 0;

  return useCallback(
    (instance: Instance, part: HealthPart) => {
      if (reason !== null && !query.data)
        return <InstanceHealthCell part={part} status="error" reason={reason} />;
      const health = byInstance.get(instanceKey(instance));
      if (loading || (!health && query.isPlaceholderData))
        return <InstanceHealthCell part={part} status="loading" />;
      return <InstanceHealthCell part={part} status="ready" health={health} />;
    },
    [reason, query.data, query.isPlaceholderData, byInstance, loading],
  );
}
