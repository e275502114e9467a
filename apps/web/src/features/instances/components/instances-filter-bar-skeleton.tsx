import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import type { ReactNode } from 'react';

/** The filter bar's place while its code arrives: same height, so the table does not jump. */
export function InstancesFilterBarSkeleton(): ReactNode {
  return (
    <Stack direction="row" spacing={1.5} aria-hidden="true">
      {[240, 200, 200, 200, 200].map((width, index) => (
        <Skeleton key={index} variant="rounded" width={width} height={56} />
      ))}
    </Stack>
  );
}
