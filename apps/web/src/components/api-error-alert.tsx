import type { ReactNode } from 'react';
import { describeApiError } from '../lib/describe-api-error';
import { ErrorAlert } from './error-alert';
import { RetryButton } from './retry-button';

export interface ApiErrorAlertProps {
  error: unknown;
  /** What failed, for the title: "Could not load instances". */
  title: string;
  onRetry?: () => void;
  /** Disables the retry button while a retry is in flight. */
  retrying?: boolean;
}

/** An API failure told to a person: the API's message, what to do, and the id to quote. */
export function ApiErrorAlert({
  error,
  title,
  onRetry,
  retrying = false,
}: ApiErrorAlertProps): ReactNode {
  return (
    <ErrorAlert
      {...describeApiError(error)}
      title={title}
      data-testid="api-error"
      action={onRetry ? <RetryButton onRetry={onRetry} retrying={retrying} /> : undefined}
    />
  );
}
