import Box from '@mui/material/Box';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import type { ReactNode } from 'react';
import { foldedOnPhone } from '../../../components/filter-bar-layout';
import { FilterFoldButtonPlace } from '../../../components/filter-fold-button-place';
import { FILTER_BAR_LINE } from '../utils/list-controls-layout';

// The bar's fields as Chromium draws them (px, 40 high): region, state, type, tag; the search
// field before them grows as it does (240 to 420), and Clear filters (93 × 36.5) ends the row.
const FIELD_WIDTHS = [160, 160, 160, 220];

/**
 * The filter bar's place while its code arrives: the same fields' sizes, wrapping as they do
 * (`utils/list-controls-layout.ts`), so the table does not jump at any window width.
 */
export function InstancesFilterBarSkeleton(): ReactNode {
  return (
    <Stack {...FILTER_BAR_LINE} aria-hidden="true">
      <Skeleton variant="rounded" height={40} sx={{ minWidth: 240, flexGrow: 1, maxWidth: 420 }} />
      {/* On a phone, beside the search: "Filters (4)" fits there too (the browser test checks). */}
      <FilterFoldButtonPlace />
      <Box sx={{ display: foldedOnPhone(false, 'contents') }}>
        {FIELD_WIDTHS.map((width, index) => (
          <Skeleton key={index} variant="rounded" width={width} height={40} />
        ))}
        <Skeleton variant="rounded" width={93} height={36.5} sx={{ mt: 0.25 }} />
      </Box>
    </Stack>
  );
}
