import { METRIC_RANGES, type MetricRange } from '@fleet/contract';
import Link from '@mui/material/Link';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import { QueryErrorAlert } from '../../../components/query-error-alert';
import { useServiceHealth } from '../api/get-service-health';
import {
  actionRows,
  functionRows,
  slowestTracesUrl,
  timelineRows,
  type FunctionRow,
} from '../utils/health-rows';
import {
  ActionOutcomesChart,
  FunctionLatencyChart,
  FunctionTrafficChart,
  TrafficOverTimeChart,
} from './health-charts';
import { HeadedTable } from '../../../components/headed-table';

const RANGES = METRIC_RANGES.filter((range) => ['1h', '3h', '12h', '1d', '1w'].includes(range));

function Section({ title, children }: { title: string; children: ReactNode }): ReactNode {
  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Typography variant="h2" sx={{ fontSize: '1.1rem', mb: 1 }}>
        {title}
      </Typography>
      {children}
    </Paper>
  );
}

const ms = (value: number | null): string => (value === null ? '—' : `${value} ms`);

function FunctionTable({ rows, range }: { rows: FunctionRow[]; range: MetricRange }): ReactNode {
  return (
    // A grid for the keyboard, as the traces are: a link on every function's row.
    <TableContainer>
      <HeadedTable
        label="Function health"
        columns={['Function', 'Requests', 'Errors', 'Faults', 'p50', 'p99', '']}
        grid
      >
        {rows.map((row) => (
          <TableRow key={row.name} data-testid="health-row" data-function={row.name}>
            <TableCell sx={{ fontFamily: 'monospace' }}>{row.name}</TableCell>
            <TableCell>{row.requests}</TableCell>
            <TableCell>{row.clientErrors}</TableCell>
            <TableCell>{row.faults}</TableCell>
            <TableCell>{ms(row.p50Ms)}</TableCell>
            <TableCell>{ms(row.p99Ms)}</TableCell>
            <TableCell>
              <Link component={RouterLink} to={slowestTracesUrl(row.name, range)}>
                Slowest traces
              </Link>
            </TableCell>
          </TableRow>
        ))}
      </HeadedTable>
    </TableContainer>
  );
}

/** `/health`: the product's own metrics per function and per action, and a way to the traces. */
export function HealthPage(): ReactNode {
  const [range, setRange] = useState<MetricRange>('1h');
  const health = useServiceHealth(range);
  const rows = health.data ? functionRows(health.data) : [];
  const actions = health.data ? actionRows(health.data) : [];
  return (
    <Stack spacing={2.5}>
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
        <Typography variant="h1">Service health</Typography>
        <TextField
          select
          size="small"
          label="Range"
          value={range}
          onChange={(event) => setRange(event.target.value as MetricRange)}
          sx={{ width: 120 }}
        >
          {RANGES.map((value) => (
            <MenuItem key={value} value={value}>
              {value}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
      {health.isPending ? <Skeleton variant="rounded" height={320} /> : null}
      {health.isError ? (
        <QueryErrorAlert title="Could not load service health" query={health} />
      ) : null}
      {health.data && rows.length === 0 ? (
        <Typography color="text.secondary">No function served a request in this range.</Typography>
      ) : null}
      {health.data && rows.length > 0 ? (
        <>
          <Section title="Functions">
            <FunctionTable rows={rows} range={range} />
          </Section>
          <Section title="Over time">
            <TrafficOverTimeChart
              rows={timelineRows(health.data)}
              range={range}
              periodSeconds={health.data.period}
            />
          </Section>
          <Section title="Requests and errors">
            <FunctionTrafficChart rows={rows} />
          </Section>
          <Section title="Latency">
            <FunctionLatencyChart rows={rows} />
          </Section>
        </>
      ) : null}
      {health.data ? (
        <Section title="Actions">
          {actions.length > 0 ? (
            <ActionOutcomesChart rows={actions} />
          ) : (
            <Typography color="text.secondary" data-testid="no-actions">
              No action was taken or denied in this range.
            </Typography>
          )}
        </Section>
      ) : null}
    </Stack>
  );
}
