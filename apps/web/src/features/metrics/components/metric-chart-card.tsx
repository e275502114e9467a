import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import type { MetricChartDefinition } from '../utils/metric-charts';
import { MetricChartLegend } from './metric-chart-legend';

export interface MetricChartCardProps {
  chart: MetricChartDefinition;
  legend: readonly { label: string; color: string }[];
  children: ReactNode;
}

/** A chart with its title, what its numbers mean, and which line is which. */
export function MetricChartCard({ chart, legend, children }: MetricChartCardProps): ReactNode {
  const titleId = `metric-chart-${chart.id}-title`;
  return (
    <Card
      variant="outlined"
      component="section"
      aria-labelledby={titleId}
      data-testid="metric-chart"
      data-chart={chart.id}
    >
      <CardContent sx={{ pb: 1 }}>
        <Stack
          direction="row"
          spacing={2}
          sx={{ justifyContent: 'space-between', alignItems: 'baseline', mb: 1 }}
        >
          <div>
            <Typography variant="subtitle2" component="h2" id={titleId}>
              {chart.title}
            </Typography>
            <Typography variant="caption" color="text.secondary">
              {chart.subtitle}
            </Typography>
          </div>
          <MetricChartLegend items={legend} />
        </Stack>
        {children}
      </CardContent>
    </Card>
  );
}
