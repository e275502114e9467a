import type { AuditRecord } from '@fleet/contract';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { AuditRow } from './audit-row';
import { ScrollSentinel } from './scroll-sentinel';
import { HeadedTable } from '../../../components/headed-table';

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
  const headers = [
    'Time',
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
      {loading ? <LinearProgress aria-label="Loading audit records" /> : null}
      {/* A table wider than the screen scrolls sideways: keyboard users must reach it too. */}
      <TableContainer tabIndex={0} role="region" aria-label="Audit records (scrollable)">
        <HeadedTable label="Audit records" columns={headers}>
          {records.map((record) => (
            <AuditRow key={record.id} record={record} hideInstance={hideInstance} />
          ))}
          {!loading && records.length === 0 ? (
            <TableRow>
              <TableCell colSpan={headers.length}>
                <Typography color="text.secondary" sx={{ py: 2 }}>
                  {emptyText}
                </Typography>
              </TableCell>
            </TableRow>
          ) : null}
        </HeadedTable>
      </TableContainer>
      <ScrollSentinel onVisible={onLoadMore} disabled={!hasMore || loadingMore} />
      {hasMore ? (
        <Stack sx={{ alignItems: 'center', py: 1 }}>
          <Button onClick={onLoadMore} disabled={loadingMore} size="small">
            {loadingMore ? 'Loading…' : 'Load more'}
          </Button>
        </Stack>
      ) : null}
    </Paper>
  );
}
