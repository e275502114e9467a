import type { TableSortLabelProps } from '@mui/material/TableSortLabel';
import { lazy, Suspense, type ReactNode } from 'react';

// The sort buttons (ButtonBase and the arrow icon) arrive just after the rows: the column titles
// draw at once, with the arrow's room kept (18 px icon, 4 px either side) so no column moves, and
// aligned `middle` as ButtonBase is (on the text's baseline the head stood 1.3 px shorter).
const TableSortLabel = lazy(() => import('@mui/material/TableSortLabel'));

/** MUI's TableSortLabel, loaded on first use; its title shows while it loads. */
export function LazyTableSortLabel(props: TableSortLabelProps): ReactNode {
  return (
    <Suspense
      fallback={
        <span style={{ display: 'inline-flex', alignItems: 'center', verticalAlign: 'middle' }}>
          {props.children}
          <span
            aria-hidden="true"
            style={{ display: 'inline-block', width: 18, height: 18, margin: '0 4px' }}
          />
        </span>
      }
    >
      <TableSortLabel {...props} />
    </Suspense>
  );
}
