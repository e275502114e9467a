import { InstanceIdSchema } from '@fleet/contract';
import Stack from '@mui/material/Stack';
import { Suspense, type ReactNode } from 'react';
import { Navigate, useLocation, useParams } from 'react-router';
import { PageTitle } from '../../components/page-title';
import {
  BackToInstancesLink,
  InstanceDetailsSkeleton,
  instancePath,
  useInstanceElsewhere,
} from '../../features/instances';
import { lazyNamed } from '../../lib/lazy-named';

// Only an id no region holds needs it.
const InstanceNotFound = lazyNamed(
  () => import('../../features/instances/not-found'),
  'InstanceNotFound',
);

/**
 * `/instances/:id`: an instance by its id alone, as an alert, a chat message or a runbook may
 * give it. The page finds its region (among the instances the caller may see) and opens the
 * instance's own address in place of this one; an id no region holds gets "Instance not found".
 */
export function InstanceByIdRoute(): ReactNode {
  const { id = '' } = useParams();
  const location = useLocation();
  const wellFormed = InstanceIdSchema.safeParse(id).success;
  const lookUp = useInstanceElsewhere(id, undefined, wellFormed);
  if (lookUp.data)
    return (
      <Navigate
        replace
        to={`${instancePath(lookUp.data.region, id)}${location.search}`}
        state={location.state as unknown}
      />
    );
  const looking = wellFormed && lookUp.isPending;
  return (
    <Stack spacing={2.5}>
      <PageTitle title={looking ? id : `${id} not found`} />
      <BackToInstancesLink />
      {looking ? (
        <InstanceDetailsSkeleton />
      ) : (
        <Suspense fallback={null}>
          <InstanceNotFound id={id} />
        </Suspense>
      )}
    </Stack>
  );
}
