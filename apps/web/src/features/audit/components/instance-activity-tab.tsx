import Skeleton from '@mui/material/Skeleton';
import { Suspense, type ReactNode } from 'react';
import { lazyNamed } from '../../../lib/lazy-named';
import type { InstanceActivityProps } from './instance-activity';

// The audit table, its tooltips and its CSV export load when the tab opens: most visits to an
// instance page never open it, and they paid for it on first load.
const InstanceActivity = lazyNamed(() => import('./instance-activity'), 'InstanceActivity');

/** The instance page's "Activity" tab, its code fetched on first display. */
export function InstanceActivityTab(props: InstanceActivityProps): ReactNode {
  return (
    <Suspense
      fallback={<Skeleton variant="rounded" height={160} data-testid="instance-activity-loading" />}
    >
      <InstanceActivity {...props} />
    </Suspense>
  );
}
