import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import type { ReactNode } from 'react';

export interface ErrorFallbackProps {
  title?: string;
  /** Shown under the title; technical details stay in the console. */
  message?: string;
  onRetry?: () => void;
}

/** What a person sees when a part of the dashboard broke, with a way out. */
export function ErrorFallback({
  title = 'Something went wrong',
  message = 'This part of the console failed to display. Reloading the page usually helps; if it keeps happening, please report it.',
  onRetry = () => window.location.reload(),
}: ErrorFallbackProps): ReactNode {
  return (
    <Box role="alert" sx={{ p: 3, maxWidth: 720 }}>
      <Alert
        severity="error"
        action={
          <Button color="inherit" size="small" onClick={onRetry}>
            Reload
          </Button>
        }
      >
        <AlertTitle>{title}</AlertTitle>
        {message}
      </Alert>
    </Box>
  );
}
