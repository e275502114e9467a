import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { describeActionError } from '../utils/action-error';

export interface ActionErrorAlertProps {
  error: unknown;
}

/** A refused (409), forbidden (403) or unrecorded (503) action, said plainly. */
export function ActionErrorAlert({ error }: ActionErrorAlertProps): ReactNode {
  const { title, message, hint, requestId, severity } = describeActionError(error);
  return (
    <Alert severity={severity} data-testid="action-error">
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
