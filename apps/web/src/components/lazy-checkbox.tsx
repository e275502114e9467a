import Box from '@mui/material/Box';
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
  return (
    <Suspense
      fallback={
        // Built as MUI's checkbox is: an inline-flex box aligned `middle`, 9 px of padding, and
        // its icon's 1em square (24 px; small, 20). The padding is a class's, not an inline
        // style, so the rules that change the checkbox's change it too: a small table's checkbox
        // cell takes every child's padding away (the list's boxes are 24 px). A fixed 42 px box
        // stood the list's head 4.7 px and each of its rows 6 px taller until the checkbox came
        // (305 px over 50 rows); an inline-block of the right size, 1.3 px shorter.
        <Box
          component="span"
          aria-hidden="true"
          sx={{ display: 'inline-flex', padding: '9px', verticalAlign: 'middle' }}
        >
          <Box
            component="span"
            sx={{
              display: 'inline-block',
              width: '1em',
              height: '1em',
              fontSize: props.size === 'small' ? '1.25rem' : '1.5rem',
            }}
          />
        </Box>
      }
    >
      <Checkbox {...props} />
    </Suspense>
  );
}
