import type { SxProps, Theme } from '@mui/material/styles';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { HeadedTable } from './headed-table';

export interface SmallTableProps {
  /** The table's accessible name. */
  label: string;
  columns: readonly string[];
  /** How many rows `children` holds: none shows `empty` instead of the table. */
  count: number;
  /** Said instead of an empty table. */
  empty: string;
  emptySx?: SxProps<Theme>;
  /** The rows (`TableRow`s). */
  children: ReactNode;
}

/**
 * A small table of a few rows under a header of column names, or a plain sentence when there
 * are none: the shape of the instance page's detail tables (tags, volumes).
 *
 * @example
 * <SmallTable label="Tags" columns={['Key', 'Value']} count={rows.length} empty="No tags.">
 *   {rows.map(([key, value]) => <TableRow key={key}>…</TableRow>)}
 * </SmallTable>
 */
export function SmallTable({
  label,
  columns,
  count,
  empty,
  emptySx,
  children,
}: SmallTableProps): ReactNode {
  if (count === 0)
    return (
      <Typography variant="body2" color="text.secondary" sx={emptySx}>
        {empty}
      </Typography>
    );
  return (
    <HeadedTable label={label} columns={columns}>
      {children}
    </HeadedTable>
  );
}
