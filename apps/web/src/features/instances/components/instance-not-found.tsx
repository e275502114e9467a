import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import type { ReactNode } from 'react';

export interface InstanceNotFoundProps {
  id: string;
  region: string;
}

/** Terminated instances vanish from EC2 after about an hour, so an old link often lands here. */
export function InstanceNotFound({ id, region }: InstanceNotFoundProps): ReactNode {
  return (
    <Alert severity="info" data-testid="instance-not-found">
      <AlertTitle>Instance not found in {region}</AlertTitle>
      No instance <code>{id}</code> exists in {region}. It may have been terminated a while ago, or
      it lives in another region.
    </Alert>
  );
}
