import type { InstanceSort } from '@fleet/contract';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TableSortLabel from '@mui/material/TableSortLabel';
import type { ReactNode } from 'react';
import { INSTANCE_COLUMNS } from '../utils/instance-columns';
import { nextSort, parseSort } from '../utils/instance-sort';

export interface InstancesTableHeadProps {
  sort: InstanceSort;
  onSortChange: (sort: InstanceSort) => void;
}

export function InstancesTableHead({ sort, onSortChange }: InstancesTableHeadProps): ReactNode {
  const active = parseSort(sort);
  return (
    <TableHead>
      <TableRow>
        {INSTANCE_COLUMNS.map((column) => {
          const sortKey = column.sortKey;
          if (!sortKey) return <TableCell key={column.id}>{column.label}</TableCell>;
          const isActive = active.key === sortKey;
          return (
            <TableCell
              key={column.id}
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
      </TableRow>
    </TableHead>
  );
}
