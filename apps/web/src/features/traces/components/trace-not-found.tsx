import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import type { ReactNode } from 'react';
import { RetryButton } from '../../../components/retry-button';

export interface TraceNotFoundProps {
  id: string;
  /** Asks X-Ray again: a request's trace can take a few seconds to be uploaded. */
  onRetry: () => void;
  retrying: boolean;
}

/**
 * A trace X-Ray does not hold, told as the instance page tells a missing instance: not a failure
 * of the console, but an old link (X-Ray keeps traces 30 days) or a request too fresh to be in.
 */
export function TraceNotFound({ id, onRetry, retrying }: TraceNotFoundProps): ReactNode {
  return (
    <Alert
      severity="info"
      data-testid="trace-not-found"
      action={<RetryButton onRetry={onRetry} retrying={retrying} />}
    >
      <AlertTitle>Trace not found</AlertTitle>
      X-Ray holds no trace <code>{id}</code>. It keeps traces for 30 days, and a request&apos;s
      trace arrives a few seconds after its answer.
    </Alert>
  );
}
