import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import type { ReactNode } from 'react';
import { FILTER_ROW, foldedOnPhone } from '../../../components/filter-bar-layout';
import { FilterFoldButtonPlace } from '../../../components/filter-fold-button-place';

// The bar's fields as Chromium draws them (px): region, instance, actor, action, outcome, from, to
// (small outlined fields, 40 high), then Apply and Clear (buttons, 36.5 high). Same widths, so the
// placeholders wrap onto as many lines as the fields at any window width.
const FIELD_WIDTHS = [140, 228, 228, 120, 130, 242, 242, 71, 64];

/** The Audit filter bar's place while its code arrives: same size, so the table does not jump. */
export function AuditFilterBarSkeleton(): ReactNode {
  return (
    <Stack spacing={1.5} useFlexGap aria-hidden="true">
      {/* On a phone, alone on its line: its width moves nothing. */}
      <FilterFoldButtonPlace />
      <Stack {...FILTER_ROW} sx={{ ...FILTER_ROW.sx, display: foldedOnPhone(false, 'flex') }}>
        {FIELD_WIDTHS.map((width, index) => (
          <Skeleton key={index} variant="rounded" width={width} height={index < 7 ? 40 : 36.5} />
        ))}
      </Stack>
    </Stack>
  );
}
