import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { formatMetricValue, type MetricFormat } from '../utils/format-metric';
import { formatPointPeriod } from '../../../lib/time-axis';
import { zoneSuffix } from '../../../lib/time-zone';

export interface MetricTooltipEntry {
  label: string;
  color: string;
  value: number | null;
}

export interface MetricChartTooltipProps {
  /** Epoch ms of the hovered point; `undefined` while nothing is hovered. */
  time: number | undefined;
  periodSeconds: number;
  /** `useTimeZone`'s: the period's times are in it, and name it. */
  timeZone: string | undefined;
  format: MetricFormat;
  entries: readonly MetricTooltipEntry[];
}

/** The values of one period in every series of a chart, "no data" where the instance did not run. */
export function MetricChartTooltip({
  time,
  periodSeconds,
  timeZone,
  format,
  entries,
}: MetricChartTooltipProps): ReactNode {
  if (time === undefined || entries.length === 0) return null;
  return (
    <Paper
      elevation={4}
      data-testid="metric-tooltip"
      sx={{ px: 1.5, py: 1, pointerEvents: 'none', minWidth: 180 }}
    >
      <Typography variant="caption" color="text.secondary" component="p">
        {formatPointPeriod(time, periodSeconds, undefined, timeZone)}
        {zoneSuffix(timeZone)}
      </Typography>
      {entries.map((entry) => (
        <Stack key={entry.label} direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <Box sx={{ width: 10, height: 10, borderRadius: '50%', bgcolor: entry.color }} />
          <Typography variant="body2" sx={{ flexGrow: 1 }}>
            {entry.label}
          </Typography>
          <Typography
            variant="body2"
            sx={{
              fontWeight: 600,
              fontVariantNumeric: 'tabular-nums',
              color: entry.value === null ? 'text.secondary' : 'text.primary',
            }}
          >
            {formatMetricValue(entry.value, format)}
          </Typography>
        </Stack>
      ))}
    </Paper>
  );
}
