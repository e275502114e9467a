import Skeleton from '@mui/material/Skeleton';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import type { ReactNode } from 'react';
import type { InstanceColumn } from '../utils/instance-columns';

export interface InstancesSkeletonRowsProps {
  rows: number;
  columns: readonly InstanceColumn[];
  /** Cells before the data columns (select) and after them (actions). */
  before: number;
  after: number;
}

/** Placeholder rows the shape of the real ones, so the table does not jump when data lands. */
export function InstancesSkeletonRows({
  rows,
  columns,
  before,
  after,
}: InstancesSkeletonRowsProps): ReactNode {
  return Array.from({ length: rows }, (_, index) => (
    <TableRow key={index} aria-hidden="true">
      {Array.from({ length: before }, (_, cell) => (
        <TableCell key={`before-${cell}`} padding="checkbox" />
      ))}
      {columns.map((column) => (
        <TableCell key={column.id}>
          <Skeleton variant="text" width={column.id === 'state' ? 64 : '80%'} />
        </TableCell>
      ))}
      {Array.from({ length: after }, (_, cell) => (
        <TableCell key={`after-${cell}`} padding="checkbox" />
      ))}
    </TableRow>
  ));
}
