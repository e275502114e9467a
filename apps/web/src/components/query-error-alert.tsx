import type { ReactNode } from 'react';
import { ApiRequestError } from '../lib/api-client';
import { ApiErrorAlert } from './api-error-alert';

/** What the alert needs of a failed query (TanStack's `UseQueryResult` has it). */
export interface FailedQuery {
  error: unknown;
  isFetching: boolean;
  refetch: () => unknown;
}

export interface QueryErrorAlertProps {
  /** What failed, for the title: "Could not load instances". */
  title: string;
  query: FailedQuery;
}

// A refused request (400) or a denied one (403) gets the same answer however often it is asked:
// a Retry button there would only send the person round again.
const answersTheSame = (error: unknown): boolean =>
  error instanceof ApiRequestError && (error.status === 400 || error.status === 403);

/**
 * A failed read told to a person, with "Retry" asking the query again (disabled while it does),
 * unless the API refused or denied the read, which asking again does not change.
 *
 * @example
 * {query.isError ? <QueryErrorAlert title="Could not load instances" query={query} /> : null}
 */
export function QueryErrorAlert({ title, query }: QueryErrorAlertProps): ReactNode {
  return (
    <ApiErrorAlert
      title={title}
      error={query.error}
      onRetry={answersTheSame(query.error) ? undefined : () => void query.refetch()}
      retrying={query.isFetching}
    />
  );
}
