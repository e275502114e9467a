import type { Instance, InstanceHealth } from '@fleet/contract';
import { instanceKey } from '@fleet/fleet';
import { useCallback, useMemo } from 'react';
import { useInstanceHealth } from '../api/get-instance-health';
import type { HealthPart, InstanceHealthCellProps } from '../components/instance-health-cell';

/**
 * The instances table's Status checks and Alarms columns for the rows on screen: one
 * `POST /instances/health` naming exactly those rows (beside the list, whose calls stay as they
 * are), and what each row's cells show; only those cells read it (`MetricsColumnsProvider`).
 */
export function useInstanceHealthColumns(
  rows: readonly Instance[],
): (instance: Instance, part: HealthPart) => InstanceHealthCellProps {
  const query = useInstanceHealth(rows);
  const byInstance = useMemo(
    () =>
      new Map<string, InstanceHealth>((query.data?.health ?? []).map((h) => [instanceKey(h), h])),
    [query.data],
  );
  const error = query.isError ? query.error : null;
  const loading = query.isPending && rows.length > 0;

  return useCallback(
    (instance: Instance, part: HealthPart): InstanceHealthCellProps => {
      if (error !== null && !query.data) return { part, status: 'error', error };
      const health = byInstance.get(instanceKey(instance));
      if (loading || (!health && query.isPlaceholderData)) return { part, status: 'loading' };
      return { part, status: 'ready', health };
    },
    [error, query.data, query.isPlaceholderData, byInstance, loading],
  );
}
