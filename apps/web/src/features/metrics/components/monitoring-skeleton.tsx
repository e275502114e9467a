import Box from '@mui/material/Box';
import Skeleton from '@mui/material/Skeleton';
import type { ReactNode } from 'react';

export interface MonitoringSkeletonProps {
  charts?: number;
}

/** Placeholder cards the size of the charts, so the page does not jump when they land. */
export function MonitoringSkeleton({ charts = 6 }: MonitoringSkeletonProps): ReactNode {
  return (
    <Box
      role="status"
      aria-busy="true"
      aria-label="Loading metrics"
      data-testid="metrics-loading"
      sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' }, gap: 2 }}
    >
      {Array.from({ length: charts }, (_, index) => (
        <Skeleton key={index} variant="rounded" height={268} />
      ))}
    </Box>
  );
}
