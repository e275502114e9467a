import type { InstancePage, ListInstancesParams } from '@fleet/contract';
import { hashKey, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useLatest } from '../../../hooks/use-latest';
import { useApiClient } from '../../../lib/api-client-context';
import { listInstancesQueryOptions } from '../api/list-instances';

/**
 * Once a page is on screen, fetches the page after it into the cache: "Next page" then draws its
 * rows at once, and refreshes them in the background if they have gone stale meanwhile (the
 * list's staleness rules, as for any cached page). One extra list request per page shown; the
 * next page's health and sparklines are left to when it shows.
 */
export function usePrefetchNextPage(
  params: ListInstancesParams,
  query: UseQueryResult<InstancePage, Error>,
): void {
  const api = useApiClient();
  const queryClient = useQueryClient();
  // The rows on screen must be this view's, not the previous one's kept while it loads.
  const next = query.isPlaceholderData ? null : (query.data?.nextCursor ?? null);
  const latest = useLatest(params);
  const view = hashKey([params]);
  useEffect(() => {
    if (!next) return;
    void queryClient.prefetchQuery(
      listInstancesQueryOptions(api, { ...latest.current, cursor: next }),
    );
  }, [api, queryClient, latest, next, view]);
}
