import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import type { ReactNode } from 'react';
import {
  MENUS_LINE,
  SUMMARY_LINE,
  TOOLBAR_LINE,
  TOOLBAR_WIDTHS,
} from '../utils/list-controls-layout';

/** An empty box of a part's size. */
function Part({ width, height = 31 }: { width: number; height?: number }): ReactNode {
  return <Box sx={{ width, height }} />;
}

/**
 * The line over the table while its code arrives: empty boxes the size of what it draws (the
 * total, "Hide terminated"; "Saved filters", "Export CSV" and "Columns"), laid out and wrapping as
 * `InstancesListToolbar` does (`utils/list-controls-layout.ts`), so the table does not jump on a
 * phone either, where the line wraps onto two (38 px high on a desktop, 77 at 390 px wide; 124
 * when "Saved filters" took a line of its own).
 */
export function InstancesListToolbarPlace(): ReactNode {
  return (
    <Stack {...TOOLBAR_LINE} aria-hidden="true">
      <Stack {...SUMMARY_LINE}>
        <Part width={TOOLBAR_WIDTHS.total} height={20} />
        <Part width={TOOLBAR_WIDTHS.hideTerminated} height={38} />
      </Stack>
      <Stack {...MENUS_LINE}>
        <Part width={TOOLBAR_WIDTHS.savedFilters} />
        <Part width={TOOLBAR_WIDTHS.exportCsv} />
        <Part width={TOOLBAR_WIDTHS.columns} />
      </Stack>
    </Stack>
  );
}
