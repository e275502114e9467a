import Button from '@mui/material/Button';
import type { ReactNode } from 'react';

export interface RetryButtonProps {
  onRetry: () => void;
  /** Disables the button while a retry is in flight. */
  retrying: boolean;
}

/** An alert's "Retry": asks again, and says so while it does. */
export function RetryButton({ onRetry, retrying }: RetryButtonProps): ReactNode {
  return (
    <Button color="inherit" size="small" onClick={onRetry} disabled={retrying}>
      {retrying ? 'Retrying…' : 'Retry'}
    </Button>
  );
}
