import { InstanceIdSchema, type Instance } from '@fleet/contract';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import type { ReactNode } from 'react';
import { Link as RouterLink, useLocation } from 'react-router';
import { RetryButton } from '../../../components/retry-button';
import { useInstanceElsewhere } from '../api/find-instance-elsewhere';
import { instancePath } from '../utils/instance-path';

export interface InstanceNotFoundProps {
  id: string;
  /** The region the address named; none for `/instances/<id>`. */
  region?: string;
}

/** Where the instance is: same tab and list filters to go back to; the wrong address leaves history. */
function OpenElsewhereButton({ instance }: { instance: Instance }): ReactNode {
  const location = useLocation();
  return (
    <Button
      component={RouterLink}
      to={`${instancePath(instance.region, instance.id)}${location.search}`}
      state={location.state as unknown}
      replace
      color="inherit"
      size="small"
    >
      Open in {instance.region}
    </Button>
  );
}

type LookUp = ReturnType<typeof useInstanceElsewhere>;

function whereItIs(lookUp: LookUp, wellFormed: boolean, region: string | undefined): ReactNode {
  if (!wellFormed) return 'That is not an instance id: one is i- and 8 or 17 hex digits.';
  if (lookUp.data)
    return (
      <>
        It is in {lookUp.data.region}
        {lookUp.data.name ? <> ({lookUp.data.name})</> : null}.
      </>
    );
  if (lookUp.isPending) return `Looking for it in the ${region ? 'other ' : ''}regions…`;
  if (lookUp.isError) return 'The regions could not be searched just now.';
  return region
    ? 'It is not in any other region you can see either: it may have been terminated a while ago.'
    : 'It is in no region you can see: it may have been terminated a while ago.';
}

function actionOf(lookUp: LookUp): ReactNode {
  if (lookUp.data) return <OpenElsewhereButton instance={lookUp.data} />;
  if (lookUp.isError)
    return <RetryButton onRetry={() => void lookUp.refetch()} retrying={lookUp.isFetching} />;
  return undefined;
}

/**
 * Terminated instances vanish from EC2 after about an hour, so an old link often lands here; a
 * pasted id with the wrong region does too, and then the panel says which region holds it (among
 * the instances the caller may see) and opens it there. Without a region (`/instances/<id>`, a
 * link that named none), it says the id is in none the caller can see.
 */
export function InstanceNotFound({ id, region }: InstanceNotFoundProps): ReactNode {
  const wellFormed = InstanceIdSchema.safeParse(id).success;
  const elsewhere = useInstanceElsewhere(id, region, wellFormed);
  return (
    <Alert severity="info" data-testid="instance-not-found" action={actionOf(elsewhere)}>
      <AlertTitle>Instance not found{region ? ` in ${region}` : ''}</AlertTitle>
      {region ? (
        <>
          No instance <code>{id}</code> exists in {region}.{' '}
        </>
      ) : (
        <>
          <code>{id}</code>:{' '}
        </>
      )}
      {whereItIs(elsewhere, wellFormed, region)}
    </Alert>
  );
}
