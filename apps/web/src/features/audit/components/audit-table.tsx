import type { AuditRecord } from '@fleet/contract';
import Paper from '@mui/material/Paper';
import TableContainer from '@mui/material/TableContainer';
import Typography from '@mui/material/Typography';
import { Suspense, type ReactNode } from 'react';
import { HeadedTable } from '../../../components/headed-table';
import { ProgressBar } from '../../../components/progress-bar';
import { lazyNamed } from '../../../lib/lazy-named';
import { withZone, useTimeZone } from '../../../lib/time-zone';
import { AuditRow } from './audit-row';
import { ScrollSentinel } from './scroll-sentinel';

// MUI's Button (ButtonBase, its ripple: ≈ 8 KB gzip) under the records, a moment after them.
const LoadMoreButton = lazyNamed(() => import('./load-more-button'), 'LoadMoreButton');

export interface AuditTableProps {
  records: readonly AuditRecord[];
  loading: boolean;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  hideInstance?: boolean;
  emptyText: string;
}

/** Audit records newest first; scrolling to the end loads the next page. */
export function AuditTable({
  records,
  loading,
  hasMore,
  loadingMore,
  onLoadMore,
  hideInstance = false,
  emptyText,
}: AuditTableProps): ReactNode {
  const timeZone = useTimeZone();
  const headers = [
    withZone('Time', timeZone),
    'Kind',
    'Action',
    'Outcome',
    ...(hideInstance ? [] : ['Instance']),
    'Actor',
    'State',
    'Reason / detail',
  ];
  return (
    <Paper variant="outlined" sx={{ overflow: 'hidden' }}>
      {loading ? <ProgressBar aria-label="Loading audit records" /> : null}
      {/* A table wider than the screen scrolls sideways: the grid brings a focused cell into view
          (no tab stop of its own: with a link in every record, the page's records were as many
          tab stops, more with each page loaded, before what follows them). */}
      <TableContainer>
        <HeadedTable label="Audit records" columns={headers} grid>
          {records.map((record) => (
            <AuditRow
              key={record.id}
              record={record}
              hideInstance={hideInstance}
              timeZone={timeZone}
            />
          ))}
        </HeadedTable>
      </TableContainer>
      {/* Under the table, not in a cell across its columns: on a phone the table scrolls sideways,
          and a message in it ran off the screen with the columns. */}
      {!loading && records.length === 0 ? (
        <Typography color="text.secondary" sx={{ px: 2, py: 2 }} data-testid="audit-empty">
          {emptyText}
        </Typography>
      ) : null}
      <ScrollSentinel onVisible={onLoadMore} disabled={!hasMore || loadingMore} />
      {hasMore ? (
        <Suspense fallback={null}>
          <LoadMoreButton loading={loadingMore} onClick={onLoadMore} />
        </Suspense>
      ) : null}
    </Paper>
  );
}
