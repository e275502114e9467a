import { Component, Suspense, type ErrorInfo, type ReactNode } from 'react';
import { lazyNamed } from '../lib/lazy-named';

// Alert and its icons are fetched only when something has broken; plain text covers the moment.
const ErrorFallback = lazyNamed(() => import('./error-fallback'), 'ErrorFallback');

export interface ErrorBoundaryProps {
  children: ReactNode;
  /** Replaces the default fallback, e.g. to keep the app shell around a broken page. */
  fallback?: ReactNode;
}

interface ErrorBoundaryState {
  error: Error | null;
}

/**
 * Catches render errors below it so one broken view does not blank the whole console.
 * React still needs a class for this.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: Error): ErrorBoundaryState {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // The only trace an operator's report can point to until the console ships its own telemetry.
    console.error('Dashboard render failed', error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return (
      this.props.fallback ?? (
        <Suspense fallback={<p role="alert">Something went wrong.</p>}>
          <ErrorFallback />
        </Suspense>
      )
    );
  }
}
