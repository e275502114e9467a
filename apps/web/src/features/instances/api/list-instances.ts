import { InstancePageSchema, type InstancePage, type ListInstancesParams } from '@fleet/contract';
import {
  keepPreviousData,
  queryOptions,
  useQuery,
  type UseQueryResult,
} from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api-client-context';
import type { ApiClient } from '../../../lib/api-client';
import { autoRefreshInterval } from '../../../hooks/use-auto-refresh';
import { settlingInterval } from '../utils/settling';

/** Every query key of this feature starts here, so a later action can invalidate them all. */
export const instanceKeys = {
  all: ['instances'] as const,
  lists: (): readonly ['instances', 'list'] => [...instanceKeys.all, 'list'] as const,
  list: (params: ListInstancesParams): readonly ['instances', 'list', ListInstancesParams] =>
    [...instanceKeys.lists(), params] as const,
};

/** `GET /instances`: one page of the fleet. */
export function listInstances(
  api: ApiClient,
  params: ListInstancesParams,
  signal?: AbortSignal,
): Promise<InstancePage> {
  return api.get('/instances', InstancePageSchema, {
    query: {
      region: params.region,
      state: params.state,
      type: params.type,
      tag: params.tag,
      q: params.q,
      sort: params.sort,
      // The schema coerces, so its input type is `unknown`; the dashboard always passes a number.
      limit: typeof params.limit === 'number' ? params.limit : undefined,
      cursor: params.cursor,
    },
    signal,
  });
}

export type ListInstancesKey = ReturnType<typeof instanceKeys.list>;
export type ListInstancesQueryOptions = ReturnType<
  typeof queryOptions<InstancePage, Error, InstancePage, ListInstancesKey>
>;

/** One page's key and request: what the list's query and the entry's prefetch share. */
export function listPageRequest(
  api: ApiClient,
  params: ListInstancesParams,
): {
  queryKey: ListInstancesKey;
  queryFn: (context: { signal: AbortSignal }) => Promise<InstancePage>;
} {
  return {
    queryKey: instanceKeys.list(params),
    queryFn: ({ signal }) => listInstances(api, params, signal),
  };
}

export function listInstancesQueryOptions(
  api: ApiClient,
  params: ListInstancesParams,
): ListInstancesQueryOptions {
  return queryOptions({
    ...listPageRequest(api, params),
    // The table keeps showing the current page while the next one (or a new filter) loads.
    placeholderData: keepPreviousData,
    // The list refreshes on its own while the tab is visible, faster while rows are between
    // states (after an action) so their chips follow them.
    refetchInterval: (query) => autoRefreshInterval(settlingInterval(query.state.data?.items)),
  });
}

export function useListInstances(params: ListInstancesParams): UseQueryResult<InstancePage, Error> {
  const api = useApiClient();
  return useQuery(listInstancesQueryOptions(api, params));
}
