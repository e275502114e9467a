import { Suspense, type ReactNode } from 'react';
import type { InstanceMonitoringProps } from './instance-monitoring';
import { MonitoringSkeleton } from './monitoring-skeleton';
import { lazyNamed } from '../../../lib/lazy-named';

// Recharts is most of the charts' weight: it loads when the tab opens, never with the first page.
const InstanceMonitoring = lazyNamed(() => import('./instance-monitoring'), 'InstanceMonitoring');

/** The "Monitoring" tab's content, its code fetched on first display. */
export function InstanceMonitoringTab(props: InstanceMonitoringProps): ReactNode {
  return (
    <Suspense fallback={<MonitoringSkeleton />}>
      <InstanceMonitoring {...props} />
    </Suspense>
  );
}
