import type { InstanceConfiguration, Instance } from '@fleet/contract';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import { Suspense, type ReactNode } from 'react';
import { InstanceDetailsCard } from './instance-details-card';
import { InstanceTagsTable } from './instance-tags-table';
import { lazyNamed } from '../../../lib/lazy-named';

// Network, security and storage: below the fold, so its code arrives after the page has drawn.
const InstanceConfigurationCard = lazyNamed(
  () => import('./instance-configuration-card'),
  'InstanceConfigurationCard',
);

export interface InstanceOverviewProps {
  instance: Instance;
  /** Absent from an older API: the panel is then left out. */
  configuration?: InstanceConfiguration | undefined;
  /** The tag editor's buttons, drawn by the page: actions are another feature. */
  tagsAction?: ReactNode;
  /** The change-type button beside the instance type, drawn by the page. */
  typeAction?: ReactNode;
}

/** The "Overview" tab: what EC2 says about the instance. */
export function InstanceOverview({
  instance,
  configuration,
  tagsAction,
  typeAction,
}: InstanceOverviewProps): ReactNode {
  return (
    <Stack spacing={2}>
      <InstanceDetailsCard instance={instance} typeAction={typeAction} />
      {configuration ? (
        <Suspense fallback={<Skeleton variant="rounded" height={240} />}>
          <InstanceConfigurationCard configuration={configuration} />
        </Suspense>
      ) : null}
      <InstanceTagsTable tags={instance.tags} action={tagsAction} />
    </Stack>
  );
}
