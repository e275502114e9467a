import {
  InstanceSummarySchema,
  type InstanceSummary,
  type ListInstancesParams,
} from '@fleet/contract';
import { keepPreviousData, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { autoRefreshInterval } from '../../../hooks/use-auto-refresh';
import { useApiClient } from '../../../lib/api-client-context';
import { instanceKeys } from './list-instances';

type SummaryParams = Pick<ListInstancesParams, 'region' | 'state' | 'type' | 'tag' | 'q'>;

/**
 * `GET /instances/summary` for the list's filters: total, per-state counts and tag suggestions.
 * Under the feature's keys, so an action refreshes it with the list; it refreshes on the list's
 * interval (one mechanism: `autoRefreshInterval`). While `enabled` is false the previous
 * answer stays on screen.
 */
export function useInstanceSummary(
  params: SummaryParams,
  { enabled = true }: { enabled?: boolean } = {},
): UseQueryResult<InstanceSummary, Error> {
  const api = useApiClient();
  const query = {
    region: params.region,
    state: params.state,
    type: params.type,
    tag: params.tag,
    q: params.q,
  };
  return useQuery({
    queryKey: [...instanceKeys.all, 'summary', query],
    queryFn: ({ signal }) =>
      api.get('/instances/summary', InstanceSummarySchema, {
        query,
        signal,
      }),
    placeholderData: keepPreviousData,
    enabled,
    refetchInterval: () => autoRefreshInterval(),
  });
}
