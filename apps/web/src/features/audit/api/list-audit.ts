import { AuditPageSchema, type AuditPage } from '@fleet/contract';
import {
  infiniteQueryOptions,
  useInfiniteQuery,
  type InfiniteData,
  type UseInfiniteQueryResult,
} from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-client-context';
import { auditQuery, type AuditFilters } from '../utils/audit-filters';
import { auditKeys } from './audit-keys';

export { auditKeys } from './audit-keys';

/** Records per page: the API's default, enough to fill a screen. */
export const AUDIT_PAGE_SIZE = 50;

/** `GET /audit`: one page, newest first; `cursor` is the previous page's opaque `nextCursor`. */
export function listAudit(
  api: ApiClient,
  query: Record<string, string>,
  cursor: string | undefined,
  signal?: AbortSignal,
): Promise<AuditPage> {
  return api.get('/audit', AuditPageSchema, {
    query: { ...query, limit: AUDIT_PAGE_SIZE, cursor },
    signal,
  });
}

export function listAuditQueryOptions(
  api: ApiClient,
  filters: AuditFilters,
): ReturnType<
  typeof infiniteQueryOptions<
    AuditPage,
    Error,
    InfiniteData<AuditPage, string | undefined>,
    ReturnType<typeof auditKeys.list>,
    string | undefined
  >
> {
  const query = auditQuery(filters);
  return infiniteQueryOptions({
    queryKey: auditKeys.list(query),
    queryFn: ({ pageParam, signal }) => listAudit(api, query, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** The audit trail for these filters, a page at a time (endless scrolling). */
export function useAuditLog(
  filters: AuditFilters,
): UseInfiniteQueryResult<InfiniteData<AuditPage, string | undefined>, Error> {
  const api = useApiClient();
  return useInfiniteQuery(listAuditQueryOptions(api, filters));
}
