import type { ReactNode } from 'react';
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

/**
 * A failed read told to a person, with "Retry" asking the query again (disabled while it does).
 *
 * @example
 * {query.isError ? <QueryErrorAlert title="Could not load instances" query={query} /> : null}
 */
export function QueryErrorAlert({ title, query }: QueryErrorAlertProps): ReactNode {
  return (
    <ApiErrorAlert
      title={title}
      error={query.error}
      onRetry={() => void query.refetch()}
      retrying={query.isFetching}
    />
  );
}
