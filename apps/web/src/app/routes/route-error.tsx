import type { ReactNode } from 'react';
import { useRouteError } from 'react-router';
import { ErrorFallback } from '../../components/error-fallback';

/** Last resort when even the app shell failed to render. */
export function RouteError(): ReactNode {
  const error = useRouteError();
  console.error('Route failed', error);
  return <ErrorFallback />;
}
