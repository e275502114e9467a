import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

export interface MetricChartLegendProps {
  items: readonly { label: string; color: string }[];
}

/** Which line is which, beside the chart's title; one series needs no legend. */
export function MetricChartLegend({ items }: MetricChartLegendProps): ReactNode {
  if (items.length < 2) return null;
  return (
    <Stack direction="row" spacing={1.5} component="ul" sx={{ listStyle: 'none', m: 0, p: 0 }}>
      {items.map((item) => (
        <Stack
          key={item.label}
          direction="row"
          spacing={0.5}
          component="li"
          sx={{ alignItems: 'center' }}
        >
          <Box sx={{ width: 12, height: 3, borderRadius: 1, bgcolor: item.color }} />
          <Typography variant="caption" color="text.secondary">
            {item.label}
          </Typography>
        </Stack>
      ))}
    </Stack>
  );
}
