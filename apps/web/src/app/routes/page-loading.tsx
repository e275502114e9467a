import LinearProgress from '@mui/material/LinearProgress';
import type { ReactNode } from 'react';

/** Shown while a lazily loaded page's code arrives (first load on a deep link). */
export function PageLoading(): ReactNode {
  return (
    <LinearProgress
      aria-label="Loading page"
      sx={{ position: 'fixed', top: 0, left: 0, right: 0 }}
    />
  );
}
