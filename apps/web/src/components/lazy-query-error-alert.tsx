import { Suspense, type ReactNode } from 'react';
import { lazyNamed } from '../lib/lazy-named';
import { ErrorBoundary } from './error-boundary';
import type { QueryErrorAlertProps } from './query-error-alert';

// Alert, its icons and the Retry button (≈ 10 KB gzip) are fetched when a read first fails: a page
// whose reads succeed never needs them.
const QueryErrorAlert = lazyNamed(() => import('./query-error-alert'), 'QueryErrorAlert');

/**
 * `QueryErrorAlert`, its code fetched on first use. The title shows as plain text while the code
 * arrives, and stays if it cannot (the read may have failed because the network did): a failure
 * is never drawn as nothing.
 *
 * @example
 * {query.isError ? <LazyQueryErrorAlert title="Could not load instances" query={query} /> : null}
 */
export function LazyQueryErrorAlert(props: QueryErrorAlertProps): ReactNode {
  const plain = <p role="alert">{props.title}.</p>;
  return (
    <ErrorBoundary fallback={plain}>
      <Suspense fallback={plain}>
        <QueryErrorAlert {...props} />
      </Suspense>
    </ErrorBoundary>
  );
}
