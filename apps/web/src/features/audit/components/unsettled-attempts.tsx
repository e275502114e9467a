import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import type { ReactNode } from 'react';
import { useUnsettledAttempts } from '../api/list-unsettled';

export interface UnsettledAttemptsProps {
  /** Admins only: others are not asked. */
  enabled: boolean;
}

/** Attempts whose outcome was never written (EC2 may have acted): to reconcile. */
export function UnsettledAttempts({ enabled }: UnsettledAttemptsProps): ReactNode {
  const query = useUnsettledAttempts(enabled);
  const items = query.data?.items ?? [];
  if (!enabled || items.length === 0) return null;
  return (
    <Alert severity="warning" data-testid="unsettled-attempts">
      <AlertTitle>{items.length} attempts without an outcome</AlertTitle>
      {items.slice(0, 10).map(({ claim, attempt, ageSeconds }) => (
        <div key={`${claim.chain}#${claim.requestId}`}>
          {claim.action} {claim.instanceId ?? claim.chain} by {claim.actorEmail},{' '}
          {Math.round(ageSeconds / 60)} min ago
          {attempt ? '' : ' (never recorded: nothing was done)'}
        </div>
      ))}
    </Alert>
  );
}
