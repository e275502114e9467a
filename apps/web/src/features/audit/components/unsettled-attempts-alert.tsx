import type { UnsettledPage } from '@fleet/contract';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import type { ReactNode } from 'react';

export interface UnsettledAttemptsAlertProps {
  items: UnsettledPage['items'];
}

/** The attempts without an outcome, said as a warning: the first ten, each with its age. */
export function UnsettledAttemptsAlert({ items }: UnsettledAttemptsAlertProps): ReactNode {
  return (
    <Alert severity="warning" data-testid="unsettled-attempts">
      <AlertTitle>{`${items.length} ${items.length === 1 ? 'attempt' : 'attempts'} without an outcome`}</AlertTitle>
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
