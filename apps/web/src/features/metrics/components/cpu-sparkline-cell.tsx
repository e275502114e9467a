import type { MetricPoints } from '@fleet/contract';
import { LazyTooltip as Tooltip } from '../../../components/lazy-tooltip';
import type { ReactNode } from 'react';
import { describeApiError } from '../../../lib/describe-api-error';
import { formatMetricValue } from '../utils/format-metric';
import { summarizeSparkline } from '../utils/sparkline';
import { CpuSparkline } from './cpu-sparkline';
import { EmptyValue } from './empty-value';
import { CpuCellLoading } from './loading-cells';

export type CpuSparklineCellProps =
  | { status: 'loading' }
  /** The sparklines call failed: the row stays usable, the cell says why it is empty. */
  | { status: 'error'; error: unknown }
  | { status: 'ready'; points: MetricPoints | undefined };

/** The instances table's CPU cell: the last 24 hours as a sparkline, last and average on hover. */
export function CpuSparklineCell(props: CpuSparklineCellProps): ReactNode {
  if (props.status === 'loading') {
    return <CpuCellLoading />;
  }
  if (props.status === 'error') {
    return (
      <EmptyValue
        why={`CPU history unavailable: ${describeApiError(props.error).message}`}
        testId="cpu-sparkline-empty"
      />
    );
  }
  const summary = summarizeSparkline(props.points ?? []);
  if (!props.points || summary.last === null) {
    return (
      <EmptyValue
        why="No CPU data in the last 24 hours: the instance did not run."
        testId="cpu-sparkline-empty"
      />
    );
  }
  const text = `CPU, last 24 hours — last ${formatMetricValue(summary.last, 'percent')}, average ${formatMetricValue(summary.average, 'percent')}, peak ${formatMetricValue(summary.max, 'percent')}`;
  return (
    <Tooltip title={text}>
      {/* The span carries the tooltip: MUI needs an element that holds a ref and events. Middle:
          on the text's baseline it took the line's descent below the chart, and a row with a
          line grew 6 px taller than its placeholder's, or a stopped instance's row. The list
          grid's arrow keys focus it (tabindex -1, no tab stop), showing the tooltip. */}
      <span style={{ display: 'inline-block', verticalAlign: 'middle' }} tabIndex={-1}>
        <CpuSparkline points={props.points} label={text} />
      </span>
    </Tooltip>
  );
}
