import type { CheckboxProps } from '@mui/material/Checkbox';
import { lazy, Suspense, type ReactNode } from 'react';

// The checkbox (with SwitchBase, ≈ 2.5 KB gzip) is for selecting rows, not for reading them: the
// list draws its rows first, and the boxes arrive a moment after, in space kept for them.
const Checkbox = lazy(() => import('@mui/material/Checkbox'));

/**
 * MUI's Checkbox, loaded on first use. Until its chunk is there an empty box of the checkbox's
 * size holds its place, so nothing moves when it arrives.
 *
 * @example
 * <LazyCheckbox checked={selected} onChange={toggle} slotProps={{ input: { 'aria-label': 'Select web-1' } }} />
 */
export function LazyCheckbox(props: CheckboxProps): ReactNode {
  // MUI's checkbox: a 24 px (small: 20 px) icon inside 9 px of padding on each side.
  const side = props.size === 'small' ? 38 : 42;
  return (
    <Suspense
      fallback={
        <span aria-hidden="true" style={{ display: 'inline-block', width: side, height: side }} />
      }
    >
      <Checkbox {...props} />
    </Suspense>
  );
}
