import type { MetricRange } from '@fleet/contract';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { METRIC_RANGES, RANGE_LABELS } from '../utils/metric-range';
import { VisuallyHidden } from '../../../components/visually-hidden';

export interface MonitoringToolbarProps {
  range: MetricRange;
  onRangeChange: (range: MetricRange) => void;
  autoRefresh: boolean;
  onAutoRefreshChange: (on: boolean) => void;
  /** "5-minute points · basic monitoring · updated 10:32", once an answer is there. */
  caption: string | null;
}

/** Range selector, the refresh switch and what the API chose for the points. */
export function MonitoringToolbar({
  range,
  onRangeChange,
  autoRefresh,
  onAutoRefreshChange,
  caption,
}: MonitoringToolbarProps): ReactNode {
  return (
    <Stack
      direction={{ xs: 'column', md: 'row' }}
      spacing={2}
      sx={{ alignItems: { md: 'center' }, justifyContent: 'space-between', mb: 2 }}
    >
      <ToggleButtonGroup
        value={range}
        exclusive
        size="small"
        aria-label="Time range"
        onChange={(_, next: MetricRange | null) => {
          // A click on the selected range would unselect it: keep one selected.
          if (next) onRangeChange(next);
        }}
      >
        {METRIC_RANGES.map((value) => (
          <ToggleButton key={value} value={value}>
            {/* The name starts with the visible text (WCAG 2.5.3), then spells it out. */}
            {value}
            <VisuallyHidden> ({RANGE_LABELS[value]})</VisuallyHidden>
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        {caption ? (
          <Typography variant="body2" color="text.secondary" data-testid="metrics-period">
            {caption}
          </Typography>
        ) : null}
        <FormControlLabel
          control={
            <Switch
              size="small"
              checked={autoRefresh}
              onChange={(event) => onAutoRefreshChange(event.target.checked)}
            />
          }
          label="Refresh every minute"
          slotProps={{ typography: { variant: 'body2' } }}
        />
      </Stack>
    </Stack>
  );
}
