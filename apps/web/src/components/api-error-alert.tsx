import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { describeApiError } from '../lib/describe-api-error';

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
  const { message, hint, requestId, severity } = describeApiError(error);
  return (
    <Alert
      severity={severity}
      data-testid="api-error"
      action={
        onRetry ? (
          <Button color="inherit" size="small" onClick={onRetry} disabled={retrying}>
            {retrying ? 'Retrying…' : 'Retry'}
          </Button>
        ) : undefined
      }
    >
      <AlertTitle>{title}</AlertTitle>
      {message}
      {hint ? <Typography variant="body2">{hint}</Typography> : null}
      {requestId ? (
        <Typography variant="caption" component="p" sx={{ mt: 1, fontFamily: 'monospace' }}>
          Request id: {requestId}
        </Typography>
      ) : null}
    </Alert>
  );
}
