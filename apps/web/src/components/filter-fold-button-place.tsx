import Skeleton from '@mui/material/Skeleton';
import type { ReactNode } from 'react';
import { SHOWN_ON_PHONE_ONLY } from './filter-bar-layout';

// "Filters" as Chromium draws it: a medium outlined button, 74 × 36.5 px ("Filters (4)" is 95).
const WIDTH = 74;
const HEIGHT = 36.5;

/**
 * Where `FilterFoldButton` draws on a phone while a filter bar's code arrives (nothing from `sm`
 * up, as the button): part of each bar's placeholder.
 *
 * @example
 * <Stack {...FILTER_ROW}><FilterFoldButtonPlace />…</Stack>
 */
export function FilterFoldButtonPlace(): ReactNode {
  return (
    <Skeleton
      variant="rounded"
      width={WIDTH}
      height={HEIGHT}
      sx={{ display: SHOWN_ON_PHONE_ONLY }}
    />
  );
}
