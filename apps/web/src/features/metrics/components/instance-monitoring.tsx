import type { InstanceRef, InstanceState } from '@fleet/contract';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import { useState, type ReactNode } from 'react';
import { QueryErrorAlert } from '../../../components/query-error-alert';
import { formatClockTime } from '../../../lib/format';
import { useTimeZone, zoneSuffix } from '../../../lib/time-zone';
import { useInstanceMetrics } from '../api/get-instance-metrics';
import { useMetricRange } from '../hooks/use-metric-range';
import { hasNoData } from '../utils/chart-rows';
import { describePeriod } from '../utils/format-metric';
import { CHARTED_KEYS } from '../utils/metric-charts';
import { MonitoringCharts } from './monitoring-charts';
import { MonitoringEmptyState } from './monitoring-empty-state';
import { MonitoringGapsNote } from './monitoring-gaps-note';
import { MonitoringSkeleton } from './monitoring-skeleton';
import { MonitoringToolbar } from './monitoring-toolbar';

export interface InstanceMonitoringProps {
  instance: InstanceRef & { state: InstanceState };
}

/**
 * "5-minute points · basic monitoring · updated 10:32" ("10:32 UTC" on UTC's clock). While a new
 * range loads, the charts still show the previous answer (placeholder data, with no time of its
 * own): say so instead of a time.
 */
function monitoringCaption(
  metrics: { period: number; monitoring: string },
  loadingNewRange: boolean,
  updatedAt: number,
  timeZone: string | undefined,
): string {
  const base = `${describePeriod(metrics.period)} · ${metrics.monitoring} monitoring`;
  if (loadingNewRange || !updatedAt) return `${base} · loading the new range…`;
  return `${base} · updated ${formatClockTime(updatedAt, undefined, timeZone)}${zoneSuffix(timeZone)}`;
}

const RUNNING_STATES: readonly InstanceState[] = ['pending', 'running'];

/**
 * The "Monitoring" tab: CloudWatch charts of one instance for a range kept in the URL, refreshed
 * every minute unless paused. Loaded lazily (it holds Recharts), see `instance-monitoring-tab.tsx`.
 */
export function InstanceMonitoring({ instance }: InstanceMonitoringProps): ReactNode {
  const [range, setRange] = useMetricRange();
  const [autoRefresh, setAutoRefresh] = useState(true);
  const query = useInstanceMetrics(instance, range, autoRefresh);
  const timeZone = useTimeZone();
  const metrics = query.data;
  const notRunning = !RUNNING_STATES.includes(instance.state);
  const caption = metrics
    ? monitoringCaption(metrics, query.isPlaceholderData, query.dataUpdatedAt, timeZone)
    : null;

  function body(): ReactNode {
    if (query.isError && !metrics) {
      return <QueryErrorAlert title="Could not load metrics" query={query} />;
    }
    if (!metrics) return <MonitoringSkeleton />;
    if (hasNoData(metrics.series, CHARTED_KEYS)) {
      return (
        <MonitoringEmptyState
          range={metrics.range}
          notRunning={notRunning}
          state={instance.state}
        />
      );
    }
    const gapped = metrics.series.cpu.points.some((point) => point === null);
    return (
      <>
        {query.isError ? (
          // A failed refresh keeps the last charts; say they are not current.
          <Box sx={{ mb: 2 }}>
            <QueryErrorAlert title="Could not refresh metrics" query={query} />
          </Box>
        ) : null}
        {gapped ? <MonitoringGapsNote notRunning={notRunning} state={instance.state} /> : null}
        <MonitoringCharts metrics={metrics} />
      </>
    );
  }

  return (
    <Box data-testid="instance-monitoring">
      <MonitoringToolbar
        range={range}
        onRangeChange={setRange}
        autoRefresh={autoRefresh}
        onAutoRefreshChange={setAutoRefresh}
        caption={caption}
      />
      {/* Reserve the bar's height so the charts do not shift when it appears. */}
      <Box sx={{ height: 4, mb: 1 }}>
        {query.isFetching && metrics ? <LinearProgress aria-label="Updating metrics" /> : null}
      </Box>
      <Box sx={{ opacity: query.isPlaceholderData ? 0.6 : 1, transition: 'opacity 150ms' }}>
        {body()}
      </Box>
    </Box>
  );
}
