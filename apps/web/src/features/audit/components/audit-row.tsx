import type { AuditRecord } from '@fleet/contract';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import { LazyTooltip as Tooltip } from '../../../components/lazy-tooltip';
import { wrappingCell } from '../../../components/wrapping-cell';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { EMPTY_VALUE, formatEventTime } from '../../../lib/format';
import { TraceLink } from '../../traces';
import { AuditOutcomeChip } from './audit-outcome-chip';

export interface AuditRowProps {
  record: AuditRecord;
  /** Leaves out the instance column (the Activity tab is one instance's). */
  hideInstance?: boolean;
  /** The zone of the time shown (`useTimeZone`); the browser's own when left out. */
  timeZone?: string | undefined;
}

function states(record: AuditRecord): string {
  if (!record.stateBefore && !record.stateAfter) return EMPTY_VALUE;
  return `${record.stateBefore ?? EMPTY_VALUE} → ${record.stateAfter ?? EMPTY_VALUE}`;
}

export function AuditRow({ record, hideInstance = false, timeZone }: AuditRowProps): ReactNode {
  const options = record.options
    ? Object.entries(record.options)
        .map(([key, value]) => (value === true ? key : `${key}=${String(value)}`))
        .join(', ')
    : '';
  return (
    <TableRow
      data-testid="audit-row"
      data-kind={record.kind}
      data-action={record.action}
      data-outcome={record.outcome}
      data-instance-id={record.instanceId ?? ''}
    >
      <TableCell sx={{ whiteSpace: 'nowrap' }}>
        {/* Focusable by the grid's arrows (no tab stop), so its tooltip shows to the keyboard too;
            a description (describeChild), so the text shown stays the name read out. */}
        <Tooltip title={record.at} describeChild>
          <span tabIndex={-1}>{formatEventTime(record.at, undefined, undefined, timeZone)}</span>
        </Tooltip>
      </TableCell>
      <TableCell>{record.kind}</TableCell>
      <TableCell>
        {record.action}
        {options ? (
          <Typography variant="caption" color="text.secondary" component="span">
            {' '}
            ({options})
          </Typography>
        ) : null}
      </TableCell>
      <TableCell>
        <AuditOutcomeChip outcome={record.outcome} />
        <div>
          <TraceLink traceId={record.traceId} label="Trace" />
        </div>
      </TableCell>
      {hideInstance ? null : (
        <TableCell sx={{ fontFamily: 'monospace' }}>
          {record.instanceId ?? EMPTY_VALUE}
          <Typography variant="caption" color="text.secondary" component="div">
            {record.region ?? ''}
          </Typography>
        </TableCell>
      )}
      <TableCell>
        <Tooltip title={`${record.actor.sub} · ${record.actor.roles.join(', ')}`} describeChild>
          <span tabIndex={-1}>{record.actor.email}</span>
        </Tooltip>
      </TableCell>
      <TableCell>{states(record)}</TableCell>
      <TableCell sx={wrappingCell(280)}>
        {record.reason ?? EMPTY_VALUE}
        {record.detail ? (
          <Typography variant="caption" color="text.secondary" component="div">
            {record.detail}
          </Typography>
        ) : null}
      </TableCell>
    </TableRow>
  );
}
