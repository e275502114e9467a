import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { ReactNode } from 'react';
import { useRovingGrid } from '../hooks/use-roving-grid';

export interface HeadedTableProps {
  /** The table's accessible name, where its container does not give one. */
  label?: string;
  columns: readonly string[];
  /** The rows (`TableRow`s). */
  children: ReactNode;
  /**
   * A data grid for the keyboard (one tab stop, arrow keys between cells), for a table of many
   * rows with links in them: otherwise each link is a tab stop on the way past the table.
   */
  grid?: boolean;
}

/**
 * A small table under a header row of column names: the one table shape of the dashboard's
 * detail, audit, trace and health tables.
 *
 * @example
 * <HeadedTable label="Tags" columns={['Key', 'Value']}>{rows}</HeadedTable>
 */
export function HeadedTable({
  label,
  columns,
  children,
  grid = false,
}: HeadedTableProps): ReactNode {
  const table = useRovingGrid(grid);
  return (
    <Table ref={table} size="small" aria-label={label} role={grid ? 'grid' : undefined}>
      <TableHead>
        <TableRow>
          {columns.map((column) => (
            <TableCell key={column}>{column}</TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>{children}</TableBody>
    </Table>
  );
}
