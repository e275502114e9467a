import type { InstanceSort } from '@fleet/contract';
import { LazyCheckbox as Checkbox } from '../../../components/lazy-checkbox';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { LazyTableSortLabel as TableSortLabel } from './lazy-table-sort-label';
import type { ReactNode } from 'react';
import { VisuallyHidden } from '../../../components/visually-hidden';
import type { InstanceColumn } from '../utils/instance-columns';
import { stickyCell } from '../utils/sticky-cells';
import { nextSort, parseSort } from '../utils/instance-sort';

export interface InstancesTableHeadProps {
  sort: InstanceSort;
  onSortChange: (sort: InstanceSort) => void;
  /** Present when rows can be selected: the select-all box's state. */
  selection?: { all: boolean; some: boolean; onToggleAll: () => void } | undefined;
  /** The columns shown, in order. */
  columns: readonly InstanceColumn[];
  /** An actions column follows the data columns. */
  withActions?: boolean | undefined;
}

export function InstancesTableHead({
  columns,
  sort,
  onSortChange,
  selection,
  withActions,
}: InstancesTableHeadProps): ReactNode {
  const active = parseSort(sort);
  return (
    <TableHead>
      <TableRow>
        {selection ? (
          <TableCell padding="checkbox" sx={stickyCell('select', true)}>
            <Checkbox
              checked={selection.all}
              indeterminate={selection.some && !selection.all}
              onChange={selection.onToggleAll}
              slotProps={{ input: { 'aria-label': 'Select the rows on this page' } }}
            />
          </TableCell>
        ) : null}
        {columns.map((column) => {
          const sortKey = column.sortKey;
          const sx =
            column.id === 'name' ? stickyCell('name', true, selection !== undefined) : undefined;
          if (!sortKey)
            return (
              <TableCell key={column.id} sx={sx}>
                {column.label}
              </TableCell>
            );
          const isActive = active.key === sortKey;
          return (
            <TableCell
              key={column.id}
              sx={sx}
              aria-sort={
                isActive ? (active.direction === 'asc' ? 'ascending' : 'descending') : 'none'
              }
              sortDirection={isActive ? active.direction : false}
            >
              <TableSortLabel
                active={isActive}
                direction={isActive ? active.direction : 'asc'}
                onClick={() => onSortChange(nextSort(sort, sortKey))}
              >
                {column.label}
              </TableSortLabel>
            </TableCell>
          );
        })}
        {withActions ? (
          <TableCell padding="checkbox" sx={stickyCell('actions', true)}>
            <VisuallyHidden>Actions</VisuallyHidden>
          </TableCell>
        ) : null}
      </TableRow>
    </TableHead>
  );
}
