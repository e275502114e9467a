import type { ReactNode } from 'react';
import { ErrorAlert } from '../../../components/error-alert';
import { ApiRequestError } from '../../../lib/api-client';
import { TraceLink } from '../../traces';
import { describeActionError } from '../utils/action-error';

export interface ActionErrorAlertProps {
  error: unknown;
}

/**
 * A refused (409), forbidden (403) or unrecorded (503) action, said plainly, with the trace an SRE
 * opens to see where it failed.
 */
export function ActionErrorAlert({ error }: ActionErrorAlertProps): ReactNode {
  const traceId = error instanceof ApiRequestError ? error.traceId : undefined;
  return (
    <ErrorAlert
      {...describeActionError(error)}
      // TraceLink draws nothing when the answer quoted no trace.
      details={<TraceLink traceId={traceId} />}
      data-testid="action-error"
    />
  );
}
