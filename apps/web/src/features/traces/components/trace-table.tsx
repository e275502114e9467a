import type { TraceSummary } from '@fleet/contract';
import Link from '@mui/material/Link';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import { TraceOutcomePill } from './trace-outcome-pill';
import { HeadedTable } from '../../../components/headed-table';
import { wrappingCell } from '../../../components/wrapping-cell';
import { formatEventTime } from '../../../lib/format';
import { withZone, useTimeZone } from '../../../lib/time-zone';

const HEADS = ['Outcome', 'Request', 'Function', 'Action', 'User', 'Latency', 'Cause'];

function causeOf(trace: TraceSummary): string {
  const [cause] = trace.causes;
  if (cause) return `${cause.type}: ${cause.message}`;
  return trace.errorCode ?? '';
}

/** One row per trace; the time opens its waterfall. */
export function TraceTable({ traces }: { traces: readonly TraceSummary[] }): ReactNode {
  const timeZone = useTimeZone();
  return (
    // A grid for the keyboard (one tab stop, arrow keys): every trace's time is a link, and the
    // search lists up to 100. It brings a focused cell into view when the table scrolls sideways.
    <TableContainer>
      <HeadedTable label="Traces" columns={[withZone('Time', timeZone), ...HEADS]} grid>
        {traces.map((trace) => (
          <TableRow
            key={trace.id}
            data-testid="trace-row"
            data-trace-id={trace.id}
            data-outcome={trace.outcome}
            data-function={trace.function ?? ''}
          >
            <TableCell sx={{ whiteSpace: 'nowrap' }}>
              <Link component={RouterLink} to={`/traces/${trace.id}`}>
                {formatEventTime(trace.startedAt, undefined, undefined, timeZone)}
              </Link>
            </TableCell>
            <TableCell>
              <TraceOutcomePill outcome={trace.outcome} />
            </TableCell>
            <TableCell sx={{ ...wrappingCell(280), fontFamily: 'monospace' }}>
              {trace.method} {trace.url ? new URL(trace.url, 'http://x').pathname : ''}
              <Typography variant="caption" color="text.secondary" component="div">
                {trace.status ?? ''}
              </Typography>
            </TableCell>
            <TableCell>{trace.function ?? ''}</TableCell>
            <TableCell>{trace.action ?? ''}</TableCell>
            <TableCell>{trace.user ?? ''}</TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{Math.round(trace.latencyMs)} ms</TableCell>
            <TableCell data-testid="trace-cause" sx={wrappingCell(320)}>
              {causeOf(trace)}
            </TableCell>
          </TableRow>
        ))}
      </HeadedTable>
    </TableContainer>
  );
}
