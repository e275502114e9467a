import type { QueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { currentCursor, cursorStackOf } from '../utils/cursor-stack';
import { parseInstanceListSearch, toListInstancesParams } from '../utils/instance-list-search';
import { listInstancesQueryOptions } from './list-instances';

/**
 * Starts `GET /instances` for the page a URL shows (its filters, sort, size and cursor), under the
 * key the list page's own query will use: when the page mounts it finds the request in flight (or
 * answered) instead of starting it after its first render.
 *
 * @example
 * void prefetchInstanceList(queryClient, api, new URLSearchParams('q=web&after=c2'));
 */
export function prefetchInstanceList(
  queryClient: QueryClient,
  api: ApiClient,
  search: URLSearchParams,
): Promise<void> {
  const view = parseInstanceListSearch(search);
  const params = toListInstancesParams(view, currentCursor(cursorStackOf(search)));
  return queryClient.prefetchQuery(listInstancesQueryOptions(api, params));
}
