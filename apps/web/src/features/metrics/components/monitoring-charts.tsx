import type { InstanceMetrics } from '@fleet/contract';
import Box from '@mui/material/Box';
import { useMemo, type ReactNode } from 'react';
import { useChartColors } from '../hooks/use-chart-colors';
import { findGaps, toChartRows } from '../utils/chart-rows';
import { CHARTED_KEYS, chartsFor } from '../utils/metric-charts';
import { offsetFor, timeTicks } from '../../../lib/time-axis';
import { useTimeZone } from '../../../lib/time-zone';
import { MetricChart } from './metric-chart';
import { MetricChartCard } from './metric-chart-card';

export interface MonitoringChartsProps {
  metrics: InstanceMetrics;
}

/** Every chart of one metrics answer, on one time axis with a shared crosshair. */
export function MonitoringCharts({ metrics }: MonitoringChartsProps): ReactNode {
  const colors = useChartColors();
  const rows = useMemo(() => toChartRows(metrics, CHARTED_KEYS), [metrics]);
  // Every series is published while the instance runs: CPU's gaps are the instance's.
  const gaps = useMemo(
    () => findGaps(metrics.timestamps, metrics.series.cpu.points, metrics.period),
    [metrics],
  );
  const first = Date.parse(metrics.start);
  const last = Date.parse(metrics.end) - metrics.period * 1000;
  const timeZone = useTimeZone();
  const ticks = useMemo(
    () => timeTicks(first, last, metrics.range, offsetFor(timeZone)),
    [first, last, metrics.range, timeZone],
  );

  return (
    <Box
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' },
        gap: 2,
      }}
    >
      {chartsFor(metrics.burstable).map((chart) => (
        <MetricChartCard
          key={chart.id}
          chart={chart}
          legend={chart.series.map((series) => ({
            label: series.label,
            color: colors.tone(series.tone),
          }))}
        >
          <MetricChart
            chart={chart}
            rows={rows}
            range={metrics.range}
            periodSeconds={metrics.period}
            domain={[first, last]}
            ticks={ticks}
            timeZone={timeZone}
            gaps={gaps}
            colors={colors}
          />
        </MetricChartCard>
      ))}
    </Box>
  );
}
