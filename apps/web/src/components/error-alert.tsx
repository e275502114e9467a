import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import type { ApiErrorDescription } from '../lib/describe-api-error';

export interface ErrorAlertProps extends ApiErrorDescription {
  /** What failed: "Could not load instances". */
  title: string;
  /** A button at the alert's end (e.g. Retry). */
  action?: ReactNode;
  /** More to quote under the request id, e.g. a link to the request's trace. */
  details?: ReactNode;
  'data-testid': string;
}

/**
 * A described error told to a person: what failed, the API's message, what to do, and the request
 * id to quote. Describing the error is the caller's (`describeApiError`, or a feature's own words).
 *
 * @example
 * <ErrorAlert {...describeApiError(error)} title="Could not load instances" data-testid="api-error" />
 */
export function ErrorAlert({
  title,
  message,
  hint,
  requestId,
  severity,
  action,
  details,
  'data-testid': testId,
}: ErrorAlertProps): ReactNode {
  return (
    <Alert severity={severity} data-testid={testId} action={action}>
      <AlertTitle>{title}</AlertTitle>
      {message}
      {hint ? <Typography variant="body2">{hint}</Typography> : null}
      {requestId ? (
        <Typography variant="caption" component="p" sx={{ mt: 1, fontFamily: 'monospace' }}>
          Request id: {requestId}
        </Typography>
      ) : null}
      {details}
    </Alert>
  );
}
