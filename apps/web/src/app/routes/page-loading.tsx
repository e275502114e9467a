import type { ReactNode } from 'react';
import { ProgressBar } from '../../components/progress-bar';

/** Shown while a lazily loaded page's code arrives (first load on a deep link). */
export function PageLoading(): ReactNode {
  return <ProgressBar position="fixed" aria-label="Loading page" />;
}
