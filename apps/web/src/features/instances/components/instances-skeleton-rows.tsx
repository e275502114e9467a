import Skeleton from '@mui/material/Skeleton';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import type { ReactNode } from 'react';
import { INSTANCE_COLUMNS } from '../utils/instance-columns';

export interface InstancesSkeletonRowsProps {
  rows: number;
}

/** Placeholder rows the shape of the real ones, so the table does not jump when data lands. */
export function InstancesSkeletonRows({ rows }: InstancesSkeletonRowsProps): ReactNode {
  return Array.from({ length: rows }, (_, index) => (
    <TableRow key={index} aria-hidden="true">
      {INSTANCE_COLUMNS.map((column) => (
        <TableCell key={column.id}>
          <Skeleton variant="text" width={column.id === 'state' ? 64 : '80%'} />
        </TableCell>
      ))}
    </TableRow>
  ));
}
