import type { MetricRange } from '@fleet/contract';
import ShowChartIcon from '@mui/icons-material/ShowChart';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { RANGE_LABELS } from '../utils/metric-range';

export interface MonitoringEmptyStateProps {
  range: MetricRange;
  /** The instance is not running now (stopped, stopping, terminated …). */
  notRunning: boolean;
  /** Its state, as EC2 says it: "stopped". */
  state: string;
}

/** No datapoint at all in the range: say why rather than drawing empty axes. */
export function MonitoringEmptyState({
  range,
  notRunning,
  state,
}: MonitoringEmptyStateProps): ReactNode {
  const span = RANGE_LABELS[range];
  return (
    <Paper variant="outlined" data-testid="monitoring-empty" sx={{ py: 6, px: 3 }}>
      <Stack spacing={1} sx={{ alignItems: 'center', textAlign: 'center' }}>
        <ShowChartIcon color="disabled" sx={{ fontSize: 48 }} />
        <Typography variant="h3" component="p">
          {notRunning ? `No metrics: this instance is ${state}` : `No data in the last ${span}`}
        </Typography>
        <Typography color="text.secondary" sx={{ maxWidth: 560 }}>
          {notRunning
            ? `CloudWatch records metrics only while an instance runs, and this one has not run in the last ${span}. A longer range may show when it last did.`
            : `CloudWatch has no datapoints for this instance in the last ${span}. A newly launched instance publishes its first points within five minutes (one with detailed monitoring).`}
        </Typography>
      </Stack>
    </Paper>
  );
}
