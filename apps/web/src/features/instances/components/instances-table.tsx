import type { Instance, InstanceSort } from '@fleet/contract';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableRow from '@mui/material/TableRow';
import type { ReactNode } from 'react';
import { INSTANCE_COLUMNS } from '../utils/instance-columns';
import { InstanceRow } from './instance-row';
import { InstancesEmptyState } from './instances-empty-state';
import { InstancesSkeletonRows } from './instances-skeleton-rows';
import { InstancesTableHead } from './instances-table-head';

export interface InstancesTableProps {
  /** `undefined` until the first page arrives (or when it failed). */
  instances: Instance[] | undefined;
  /** First load: skeleton rows. */
  loading: boolean;
  /** Rows on screen are the previous page or filter while the new one loads. */
  updating: boolean;
  skeletonRows: number;
  sort: InstanceSort;
  onSortChange: (sort: InstanceSort) => void;
  filtered: boolean;
  onClearFilters: () => void;
  onOpenInstance: (instance: Instance) => void;
  /** Pagination, under the rows. */
  footer?: ReactNode;
  /** The CPU column's cell for a row (a sparkline); a dash without it. */
  renderCpu?: (instance: Instance) => ReactNode;
}

export function InstancesTable({
  instances,
  loading,
  updating,
  skeletonRows,
  sort,
  onSortChange,
  filtered,
  onClearFilters,
  onOpenInstance,
  footer,
  renderCpu,
}: InstancesTableProps): ReactNode {
  return (
    <Paper variant="outlined" sx={{ overflow: 'hidden' }}>
      {/* Reserve the bar's height so rows do not shift when it appears. */}
      <Box sx={{ height: 4 }}>
        {updating ? <LinearProgress aria-label="Loading instances" /> : null}
      </Box>
      <TableContainer>
        <Table size="small" aria-label="Instances" aria-busy={loading || updating}>
          <InstancesTableHead sort={sort} onSortChange={onSortChange} />
          <TableBody sx={{ opacity: updating ? 0.6 : 1, transition: 'opacity 150ms' }}>
            {loading ? <InstancesSkeletonRows rows={skeletonRows} /> : null}
            {instances?.map((instance) => (
              <InstanceRow
                key={`${instance.region}/${instance.id}`}
                instance={instance}
                onOpen={onOpenInstance}
                renderCpu={renderCpu}
              />
            ))}
            {instances?.length === 0 ? (
              <TableRow>
                <TableCell colSpan={INSTANCE_COLUMNS.length}>
                  <InstancesEmptyState filtered={filtered} onClearFilters={onClearFilters} />
                </TableCell>
              </TableRow>
            ) : null}
          </TableBody>
        </Table>
      </TableContainer>
      {footer}
    </Paper>
  );
}
