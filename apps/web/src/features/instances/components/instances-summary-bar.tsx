import type { InstanceState, InstanceSummary } from '@fleet/contract';
import { LazyCheckbox as Checkbox } from '../../../components/lazy-checkbox';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { formatCount } from '../../../lib/format';
import { hidesTerminated, withTerminated } from '../utils/hide-terminated';
import { SUMMARY_LINE } from '../utils/list-controls-layout';

export interface InstancesSummaryBarProps {
  summary: InstanceSummary | undefined;
  states: readonly InstanceState[];
  onStatesChange: (states: InstanceState[]) => void;
}

/** The fleet-wide line over the table: how many rows match, and "Hide terminated". */
export function InstancesSummaryBar({
  summary,
  states,
  onStatesChange,
}: InstancesSummaryBarProps): ReactNode {
  const hiding = hidesTerminated(states);
  const terminated = summary?.byState['terminated'] ?? 0;
  return (
    <Stack {...SUMMARY_LINE}>
      <Typography variant="body2" role="status" data-testid="instances-total">
        {summary
          ? `${formatCount(summary.total)} ${summary.total === 1 ? 'instance' : 'instances'}`
          : 'Counting instances…'}
      </Typography>
      {/* A plain label around the table's own Checkbox: FormControlLabel costs another chunk. */}
      <Box
        component="label"
        sx={{ display: 'inline-flex', alignItems: 'center', cursor: 'pointer' }}
      >
        <Checkbox
          size="small"
          checked={hiding}
          onChange={(event) => onStatesChange(withTerminated(states, !event.target.checked))}
          slotProps={{ input: { 'data-testid': 'hide-terminated' } as object }}
        />
        <Typography variant="body2" component="span">
          Hide terminated{terminated > 0 ? ` (${terminated})` : ''}
        </Typography>
      </Box>
    </Stack>
  );
}
