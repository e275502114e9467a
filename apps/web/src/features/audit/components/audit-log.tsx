import type { AuditRecord } from '@fleet/contract';
import Stack from '@mui/material/Stack';
import { useMemo, type ReactNode } from 'react';
import { LazyQueryErrorAlert } from '../../../components/lazy-query-error-alert';
import { useAuditLog } from '../api/list-audit';
import type { AuditFilters } from '../utils/audit-filters';
import { AuditTable } from './audit-table';

export interface AuditLogProps {
  filters: AuditFilters;
  hideInstance?: boolean;
  emptyText: string;
  /** Tools above the table (export …), given the rows loaded so far. */
  renderTools?: (records: readonly AuditRecord[]) => ReactNode;
  /**
   * Keeps the rows back, the table saying it is loading, while what the page draws above them is
   * still coming and would push them down under the reader's pointer.
   */
  holdRecords?: boolean;
}

/** The audit trail for some filters, newest first, loading more as the reader scrolls. */
export function AuditLog({
  filters,
  hideInstance = false,
  emptyText,
  renderTools,
  holdRecords = false,
}: AuditLogProps): ReactNode {
  const query = useAuditLog(filters);
  const records = useMemo(
    () => (holdRecords ? [] : (query.data?.pages.flatMap((page) => page.items) ?? [])),
    [query.data, holdRecords],
  );
  return (
    <Stack spacing={1.5}>
      {renderTools ? renderTools(records) : null}
      {query.isError ? (
        <LazyQueryErrorAlert title="Could not load the audit trail" query={query} />
      ) : null}
      <AuditTable
        records={records}
        loading={holdRecords || query.isPending || (query.isFetching && !query.isFetchingNextPage)}
        hasMore={query.hasNextPage}
        loadingMore={query.isFetchingNextPage}
        onLoadMore={() => {
          if (query.hasNextPage && !query.isFetchingNextPage) void query.fetchNextPage();
        }}
        hideInstance={hideInstance}
        emptyText={emptyText}
      />
    </Stack>
  );
}
