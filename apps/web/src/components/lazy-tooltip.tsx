import type { TooltipProps } from '@mui/material/Tooltip';
import { lazy, Suspense, type ReactNode } from 'react';

// The tooltip brings Popper.js (≈ 7 KB gzip): no page needs it to draw, so it arrives after.
const Tooltip = lazy(() => import('@mui/material/Tooltip'));

/**
 * MUI's Tooltip, loaded on first use: until its chunk is there the child renders alone (callers
 * give the child its own accessible name, so nothing is lost but the hover bubble).
 *
 * @example
 * <LazyTooltip title="Stopped 3 days ago"><span>3 days ago</span></LazyTooltip>
 */
export function LazyTooltip(props: TooltipProps): ReactNode {
  return (
    <Suspense fallback={props.children}>
      <Tooltip {...props} />
    </Suspense>
  );
}
