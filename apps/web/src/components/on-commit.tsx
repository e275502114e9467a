import { useLayoutEffect } from 'react';

export interface OnCommitProps {
  onCommit: () => void;
}

/**
 * Calls `onCommit` when it is put on the page, before the browser paints. Placed last inside a
 * Suspense boundary it commits with its siblings, after their lazy code: it says they are drawn.
 *
 * @example
 * <Suspense fallback={null}><LazyWarning /><OnCommit onCommit={showRecords} /></Suspense>
 */
export function OnCommit({ onCommit }: OnCommitProps): null {
  useLayoutEffect(() => onCommit(), [onCommit]);
  return null;
}
