import { lazyNamed } from '../lib/lazy-named';
import { Suspense, type ReactNode } from 'react';
import type { CopyButtonProps } from './copy-button';

// A list draws three copy buttons per row; their IconButton (with ButtonBase, the ripple and the
// loading spinner MUI's IconButton imports) is not needed to read the row, so it comes just after.
const CopyButton = lazyNamed(() => import('./copy-button'), 'CopyButton');

/**
 * The copy button, loaded on first use: until then a box of its size (14 px icon, 2 px padding,
 * 2 px margin) holds its place, so the cell does not move when it arrives.
 *
 * @example
 * <LazyCopyButton value={instance.id} label="instance id" />
 */
export function LazyCopyButton(props: CopyButtonProps): ReactNode {
  return (
    <Suspense
      fallback={
        <span
          aria-hidden="true"
          style={{ display: 'inline-block', width: 18, height: 18, marginLeft: 2 }}
        />
      }
    >
      <CopyButton {...props} />
    </Suspense>
  );
}
