import type { Instance, InstanceSort } from '@fleet/contract';
import { lazyNamed } from '../../../lib/lazy-named';
import { instanceKey } from '@fleet/fleet';
import Box from '@mui/material/Box';
import { ProgressBar } from '../../../components/progress-bar';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableContainer from '@mui/material/TableContainer';
import useMediaQuery from '@mui/material/useMediaQuery';
import type { Theme } from '@mui/material/styles';
import { Suspense, useDeferredValue, type ReactNode } from 'react';
import { useRovingGrid } from '../../../hooks/use-roving-grid';
import type { InstanceColumn } from '../utils/instance-columns';
import { rowCellStyles } from '../utils/row-cell-styles';
import { InstanceRow } from './instance-row';
import { InstancesSkeletonRows } from './instances-skeleton-rows';
import { InstancesTableHead } from './instances-table-head';

// Drawn only when no row matches (it brings MUI's Button).
const InstancesEmptyState = lazyNamed(
  () => import('./instances-empty-state'),
  'InstancesEmptyState',
);

export interface InstancesTableProps {
  /** The columns shown, in order (the operator's choice). */
  columns: readonly InstanceColumn[];
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
  /** The Status checks and Alarms cells for a row; a dash without it. */
  renderHealth?: (instance: Instance, part: 'checks' | 'alarms') => ReactNode;
  /** Each row's action menu (another feature's component, passed in by the page). */
  renderActions?: (instance: Instance) => ReactNode;
  /** Multi-select for bulk actions: the selected `region/id` keys and how to change them. */
  selection?: InstanceSelection;
}

export interface InstanceSelection {
  selected: ReadonlySet<string>;
  /** The most rows that may be selected at once. */
  max: number;
  onToggle: (instance: Instance) => void;
  /** Selects the given rows, or clears them when they are all selected. */
  onToggleAll: (instances: readonly Instance[]) => void;
}

export function InstancesTable({
  columns: shown,
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
  renderHealth,
  renderActions,
  selection,
}: InstancesTableProps): ReactNode {
  // A new page's rows render in the background, in slices that leave the main thread free between
  // them (a deferred render yields every few milliseconds), while the previous rows or the
  // skeleton stay on screen: one 50-row render in a single task blocked input for 150-300 ms.
  const rows = useDeferredValue(instances);
  // One media query for the table, not one per row (the rows are memoized on it).
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'), { noSsr: true });
  // One tab stop for the table, arrow keys within it; its code comes after the rows, as the
  // checkboxes do.
  const table = useRovingGrid();
  const behind = rows === undefined && instances !== undefined;
  const onPage = rows ?? [];
  const selectedOnPage = selection
    ? onPage.filter((instance) => selection.selected.has(instanceKey(instance))).length
    : 0;
  return (
    <Paper variant="outlined" sx={{ overflow: 'hidden' }}>
      {/* Reserve the bar's height so rows do not shift when it appears. */}
      <Box sx={{ height: 4 }}>
        {updating ? <ProgressBar aria-label="Loading instances" /> : null}
      </Box>
      {/* A table wider than the screen scrolls sideways: the grid brings a focused cell into view
          (no tab stop of its own, which was one more on the way through the page). */}
      {/* A size container: on a phone, Name's width is the container's less the pinned columns. */}
      <TableContainer sx={{ containerType: 'inline-size' }}>
        <Table
          ref={table}
          role="grid"
          size="small"
          aria-label="Instances"
          aria-busy={loading || updating || behind}
          // Dense, as the EC2 console's list: the default columns fit 1440 px with no sideways scroll.
          sx={(theme) => ({
            '& .MuiTableCell-root:not(.MuiTableCell-paddingCheckbox)': { px: 0.5 },
            '& .MuiTableCell-body': { fontSize: '0.8125rem' },
            ...rowCellStyles(theme, selection !== undefined, renderActions !== undefined),
          })}
        >
          <InstancesTableHead
            columns={shown}
            sort={sort}
            onSortChange={onSortChange}
            withActions={renderActions !== undefined}
            selection={
              selection
                ? {
                    all: onPage.length > 0 && selectedOnPage === onPage.length,
                    some: selectedOnPage > 0,
                    onToggleAll: () => selection.onToggleAll(onPage),
                  }
                : undefined
            }
          />
          <TableBody sx={{ opacity: updating ? 0.6 : 1, transition: 'opacity 150ms' }}>
            {loading || behind ? (
              <InstancesSkeletonRows
                rows={skeletonRows}
                columns={shown}
                before={selection ? 1 : 0}
                after={renderActions ? 1 : 0}
              />
            ) : null}
            {rows?.map((instance) => (
              <InstanceRow
                key={instanceKey(instance)}
                instance={instance}
                columns={shown}
                phone={phone}
                onOpen={onOpenInstance}
                renderCpu={renderCpu}
                renderHealth={renderHealth}
                renderActions={renderActions}
                selected={selection ? selection.selected.has(instanceKey(instance)) : undefined}
                selectDisabled={selection ? selection.selected.size >= selection.max : undefined}
                onToggleSelected={selection?.onToggle}
              />
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      {/* Under the table, not in a cell across its columns: on a phone the table scrolls sideways,
          and the message and its button ran off the screen with the columns. */}
      {rows?.length === 0 ? (
        <Suspense fallback={null}>
          <InstancesEmptyState filtered={filtered} onClearFilters={onClearFilters} />
        </Suspense>
      ) : null}
      {footer}
    </Paper>
  );
}
