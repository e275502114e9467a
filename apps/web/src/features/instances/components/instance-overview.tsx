import type { Instance } from '@fleet/contract';
import Stack from '@mui/material/Stack';
import type { ReactNode } from 'react';
import { InstanceDetailsCard } from './instance-details-card';
import { InstanceTagsTable } from './instance-tags-table';

export interface InstanceOverviewProps {
  instance: Instance;
}

/** The "Overview" tab: what EC2 says about the instance. */
export function InstanceOverview({ instance }: InstanceOverviewProps): ReactNode {
  return (
    <Stack spacing={2}>
      <InstanceDetailsCard instance={instance} />
      <InstanceTagsTable tags={instance.tags} />
    </Stack>
  );
}
