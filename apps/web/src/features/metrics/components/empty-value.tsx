import { styled } from '@mui/material/styles';
import type { ReactNode } from 'react';
import { LazyTooltip as Tooltip } from '../../../components/lazy-tooltip';
import { EMPTY_VALUE } from '../../../lib/format';

// Styled once: the list draws up to three of these per row.
const Dash = styled('span')(({ theme }) => ({
  color: (theme.vars ?? theme).palette.text.secondary,
}));

/**
 * A table cell with nothing to show: a dash, and why on hover and for screen readers (a blank
 * cell would read as "still loading" or "zero"). The grid's arrow keys focus it (tabindex -1, no
 * tab stop), which shows the why to sighted keyboard users too.
 *
 * @example
 * <EmptyValue why="No CloudWatch alarm watches this instance." testId="health-alarms-empty" />
 */
export function EmptyValue({ why, testId }: { why: string; testId: string }): ReactNode {
  return (
    <Tooltip title={why}>
      <Dash aria-label={why} data-testid={testId} tabIndex={-1}>
        {EMPTY_VALUE}
      </Dash>
    </Tooltip>
  );
}
