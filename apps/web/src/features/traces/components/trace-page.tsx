import Link from '@mui/material/Link';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import { QueryErrorAlert } from '../../../components/query-error-alert';
import { ApiRequestError } from '../../../lib/api-client';
import { useTrace } from '../api/get-trace';
import { TRACE_REREAD_MS, mayStillArrive } from '../utils/trace-arrival';
import { TraceNotFound } from './trace-not-found';
import { TraceWaterfall } from './trace-waterfall';

/** `/traces/:id`: one trace as a waterfall. */
export function TracePage({ id }: { id: string }): ReactNode {
  const trace = useTrace(id);
  const notFound = trace.error instanceof ApiRequestError && trace.error.isNotFound;
  return (
    <Stack spacing={2}>
      <Link component={RouterLink} to="/traces">
        ← Traces
      </Link>
      <Stack spacing={0.5}>
        <Typography variant="h1">Trace</Typography>
        <Typography variant="body2" sx={{ fontFamily: 'monospace' }} data-testid="trace-id">
          {id}
        </Typography>
        {trace.data ? (
          <Typography variant="body2" color="text.secondary" data-testid="trace-size">
            {trace.data.durationMs.toFixed(1)} ms · {trace.data.spans.length} segments and
            subsegments
            {/* Said, so a waterfall without the gateway yet is not taken for the whole story. */}
            {mayStillArrive(id, trace.dataUpdatedAt)
              ? ` · recent: more may still arrive, read again every ${TRACE_REREAD_MS / 1000} s`
              : null}
          </Typography>
        ) : null}
      </Stack>
      {trace.isPending ? <Skeleton variant="rounded" height={240} /> : null}
      {trace.isError ? (
        notFound ? (
          <TraceNotFound id={id} onRetry={() => void trace.refetch()} retrying={trace.isFetching} />
        ) : (
          <QueryErrorAlert title="Could not load this trace" query={trace} />
        )
      ) : null}
      {trace.data ? (
        <TraceWaterfall spans={trace.data.spans} durationMs={trace.data.durationMs} />
      ) : null}
    </Stack>
  );
}
