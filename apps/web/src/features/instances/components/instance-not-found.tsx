import { InstanceIdSchema, type Instance } from '@fleet/contract';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import type { ReactNode } from 'react';
import { Link as RouterLink, useLocation } from 'react-router';
import { useInstanceElsewhere } from '../api/find-instance-elsewhere';
import { instancePath } from '../utils/instance-path';

export interface InstanceNotFoundProps {
  id: string;
  region: string;
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

function whereItIs(
  lookUp: ReturnType<typeof useInstanceElsewhere>,
  wellFormed: boolean,
): ReactNode {
  if (!wellFormed) return 'That is not an instance id: one is i- and 8 or 17 hex digits.';
  if (lookUp.data)
    return (
      <>
        It is in {lookUp.data.region}
        {lookUp.data.name ? <> ({lookUp.data.name})</> : null}.
      </>
    );
  if (lookUp.isSuccess)
    return 'It is not in any other region you can see either: it may have been terminated a while ago.';
  if (lookUp.isPending) return 'Looking for it in the other regions…';
  // The look-up failed: say what is possible.
  return 'It may have been terminated a while ago, or it lives in another region.';
}

/**
 * Terminated instances vanish from EC2 after about an hour, so an old link often lands here; a
 * pasted id with the wrong region does too, and then the panel says which region holds it (among
 * the instances the caller may see) and opens it there.
 */
export function InstanceNotFound({ id, region }: InstanceNotFoundProps): ReactNode {
  const wellFormed = InstanceIdSchema.safeParse(id).success;
  const elsewhere = useInstanceElsewhere(id, region, wellFormed);
  return (
    <Alert
      severity="info"
      data-testid="instance-not-found"
      action={elsewhere.data ? <OpenElsewhereButton instance={elsewhere.data} /> : undefined}
    >
      <AlertTitle>Instance not found in {region}</AlertTitle>
      No instance <code>{id}</code> exists in {region}. {whereItIs(elsewhere, wellFormed)}
    </Alert>
  );
}
