import type { InstanceHealth } from '@fleet/contract';
import type { ReactNode } from 'react';
import { LazyTooltip as Tooltip } from '../../../components/lazy-tooltip';
import { describeApiError } from '../../../lib/describe-api-error';
import { Pill } from '../../../components/pill';
import { EmptyValue } from './empty-value';
import { HealthCellLoading } from './loading-cells';
import { alarmsSummary, statusChecksSummary, type HealthSummary } from '../utils/health-summary';

/** Which of the two health columns a cell draws. */
export type HealthPart = 'checks' | 'alarms';

export type InstanceHealthCellProps =
  | { part: HealthPart; status: 'loading' }
  | { part: HealthPart; status: 'error'; error: unknown }
  | { part: HealthPart; status: 'ready'; health: InstanceHealth | undefined };

function SummaryPill({ summary, part }: { summary: HealthSummary; part: HealthPart }): ReactNode {
  return (
    <Tooltip title={summary.description}>
      {/* Focused by the list grid's arrow keys (no tab stop): the tooltip shows for the keyboard. */}
      <span tabIndex={-1}>
        <Pill
          color={summary.color}
          aria-label={`${summary.label}. ${summary.description}`}
          data-testid={`health-${part}`}
          data-state={summary.color}
        >
          {summary.label}
        </Pill>
      </span>
    </Tooltip>
  );
}

/** The instances table's Status checks or Alarms cell for one row. */
export function InstanceHealthCell(props: InstanceHealthCellProps): ReactNode {
  const testId = `health-${props.part}-empty`;
  if (props.status === 'loading') return <HealthCellLoading part={props.part} />;
  if (props.status === 'error')
    return (
      <EmptyValue
        why={`Health unavailable: ${describeApiError(props.error).message}`}
        testId={testId}
      />
    );
  const { health, part } = props;
  if (part === 'checks') {
    if (!health?.checks)
      return (
        <EmptyValue
          why="No status checks: EC2 reports them while the instance runs."
          testId={testId}
        />
      );
    return <SummaryPill summary={statusChecksSummary(health.checks)} part={part} />;
  }
  const summary = alarmsSummary(health?.alarms ?? []);
  if (!summary)
    return <EmptyValue why="No CloudWatch alarm watches this instance." testId={testId} />;
  return <SummaryPill summary={summary} part={part} />;
}
