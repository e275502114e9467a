import type { InstancePage } from '@fleet/contract';
import { useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useApiClient } from '../../../lib/api-client-context';
import { listInstancesQueryOptions, useListInstances } from '../api/list-instances';
import { toListInstancesParams, type InstanceListView } from '../utils/instance-list-search';
import { useCursorStack, type CursorStackControls } from './use-cursor-stack';
import { useInstanceListView, type InstanceListViewControls } from './use-instance-list-view';
import { usePrefetchNextPage } from './use-prefetch-next-page';

export interface InstanceListState extends InstanceListViewControls {
  query: UseQueryResult<InstancePage, Error>;
  paging: CursorStackControls;
}

/** The instance list as one unit: URL-held view, page cursors and the query they make. */
export function useInstanceList(): InstanceListState {
  const api = useApiClient();
  const queryClient = useQueryClient();
  // Fetch, then render: a new filter, sort or page size sends its request before React redraws the
  // page for the new URL (a redraw of the table's rows costs 100–250 ms on a busy laptop), and the
  // page's own query then finds it in flight. A new view starts on page 1.
  const fetchView = useCallback(
    (view: InstanceListView) =>
      void queryClient.prefetchQuery(
        listInstancesQueryOptions(api, toListInstancesParams(view, null)),
      ),
    [api, queryClient],
  );
  const viewControls = useInstanceListView(fetchView);
  const paging = useCursorStack();
  const params = toListInstancesParams(viewControls.view, paging.cursor);
  const query = useListInstances(params);
  usePrefetchNextPage(params, query);
  return { ...viewControls, query, paging };
}
