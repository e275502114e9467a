import { Suspense, type ReactNode } from 'react';
import { OnCommit } from '../../../components/on-commit';
import { lazyNamed } from '../../../lib/lazy-named';
import { useUnsettledAttempts } from '../api/list-unsettled';

// The warning (Alert, its icons and buttons: ≈ 10 KB gzip) is fetched only when there is one to
// give, which a healthy trail never has.
const UnsettledAttemptsAlert = lazyNamed(
  () => import('./unsettled-attempts-alert'),
  'UnsettledAttemptsAlert',
);

export interface UnsettledAttemptsProps {
  /** Admins only: others are not asked. */
  enabled: boolean;
  /**
   * Called once the warning is drawn, or once it is known there is none: what lies below it may
   * draw then without being pushed down by it.
   */
  onSettled: () => void;
}

/** Attempts whose outcome was never written (EC2 may have acted): to reconcile. */
export function UnsettledAttempts({ enabled, onSettled }: UnsettledAttemptsProps): ReactNode {
  const query = useUnsettledAttempts(enabled);
  // Until the first answer: a failed read is retried (after 1 s, then 2 s) with the records no
  // longer waiting on it; a warning that comes with a retry may then push them.
  if (enabled && query.isPending && query.failureCount === 0) return null;
  // An unreadable list warns of nothing: the page's own reads say what is wrong.
  const items = query.data?.items ?? [];
  return (
    <Suspense fallback={null}>
      {items.length > 0 ? <UnsettledAttemptsAlert items={items} /> : null}
      <OnCommit onCommit={onSettled} />
    </Suspense>
  );
}
