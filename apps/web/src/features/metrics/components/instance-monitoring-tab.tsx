import { lazy, Suspense, type ReactNode } from 'react';
import type { InstanceMonitoringProps } from './instance-monitoring';
import { MonitoringSkeleton } from './monitoring-skeleton';

// Recharts is most of the charts' weight: it loads when the tab opens, never with the first page.
const InstanceMonitoring = lazy(async () => ({
  default: (await import('./instance-monitoring')).InstanceMonitoring,
}));

/** The "Monitoring" tab's content, its code fetched on first display. */
export function InstanceMonitoringTab(props: InstanceMonitoringProps): ReactNode {
  return (
    <Suspense fallback={<MonitoringSkeleton />}>
      <InstanceMonitoring {...props} />
    </Suspense>
  );
}
