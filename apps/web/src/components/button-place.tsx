import Skeleton from '@mui/material/Skeleton';
import type { ReactNode } from 'react';

export interface ButtonPlaceProps {
  /** The button's drawn width (px). */
  width: number;
  /** A `size="small"` button (30.75 px high) rather than a medium one (36.5 px). */
  small?: boolean;
}

/**
 * Where a lazily loaded MUI Button draws once its code is there: its size, and inline as a button
 * is (one may sit in a line of text), so nothing moves when it arrives.
 *
 * @example
 * <Suspense fallback={<ButtonPlace width={125} />}><ProtectionButton … /></Suspense>
 */
export function ButtonPlace({ width, small = false }: ButtonPlaceProps): ReactNode {
  return (
    <Skeleton
      variant="rounded"
      width={width}
      height={small ? 30.75 : 36.5}
      sx={{ display: 'inline-block', verticalAlign: 'middle' }}
      aria-hidden
    />
  );
}
