import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { LazyTooltip as Tooltip } from '../../../components/lazy-tooltip';
import { EMPTY_VALUE } from '../../../lib/format';

/**
 * A table cell with nothing to show: a dash, and why on hover and for screen readers (a blank
 * cell would read as "still loading" or "zero").
 *
 * @example
 * <EmptyValue why="No CloudWatch alarm watches this instance." testId="health-alarms-empty" />
 */
export function EmptyValue({ why, testId }: { why: string; testId: string }): ReactNode {
  return (
    <Tooltip title={why}>
      <Typography
        variant="inherit"
        component="span"
        color="text.secondary"
        aria-label={why}
        data-testid={testId}
      >
        {EMPTY_VALUE}
      </Typography>
    </Tooltip>
  );
}
