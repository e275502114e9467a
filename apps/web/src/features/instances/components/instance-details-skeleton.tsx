import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import type { ReactNode } from 'react';

export function InstanceDetailsSkeleton(): ReactNode {
  return (
    <Stack spacing={2} aria-busy="true" aria-label="Loading instance">
      <Skeleton variant="text" width={280} height={44} />
      <Skeleton variant="text" width={220} />
      <Skeleton variant="rounded" height={180} />
      <Skeleton variant="rounded" height={140} />
    </Stack>
  );
}
