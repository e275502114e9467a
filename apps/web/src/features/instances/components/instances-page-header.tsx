import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

export interface InstancesPageHeaderProps {
  regions: readonly string[];
}

export function InstancesPageHeader({ regions }: InstancesPageHeaderProps): ReactNode {
  return (
    <Stack spacing={0.5}>
      <Typography variant="h1">Instances</Typography>
      <Typography variant="body2" color="text.secondary">
        EC2 instances across {regions.length === 1 ? regions[0] : `${regions.length} regions`}.
      </Typography>
    </Stack>
  );
}
