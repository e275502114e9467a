import type { TraceSpan } from '@fleet/contract';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { TraceOutcomePill } from './trace-outcome-pill';

export interface TraceWaterfallProps {
  spans: readonly TraceSpan[];
  durationMs: number;
}

const BAR_COLORS = {
  ok: 'primary.main',
  error: 'warning.main',
  throttle: 'warning.main',
  fault: 'error.main',
} as const;

// The header and every span share one grid, so the columns line up.
const ROW_GRID = {
  display: 'grid',
  gridTemplateColumns: { xs: '1fr', md: 'minmax(260px, 2fr) 3fr' },
  gap: 1,
  borderBottom: 1,
  borderColor: 'divider',
} as const;

// What X-Ray's console says a segment is: Lambda writes two of the same name, the service's and
// the function's, which only their origin tells apart.
const ORIGIN_LABELS: Readonly<Record<string, string>> = {
  'AWS::ApiGateway::Stage': 'API Gateway stage',
  'AWS::Lambda': 'Lambda service',
  'AWS::Lambda::Function': 'Lambda function',
};

function callOf(span: TraceSpan): string {
  return [span.operation, span.region, span.status === null ? null : String(span.status)]
    .filter((part): part is string => part !== null)
    .join(' · ');
}

function SpanRow({ span, durationMs }: { span: TraceSpan; durationMs: number }): ReactNode {
  const total = Math.max(durationMs, 1);
  const left = (span.startMs / total) * 100;
  const width = Math.max((span.durationMs / total) * 100, 0.5);
  const annotations = Object.entries(span.annotations);
  return (
    <Box
      role="row"
      data-testid="trace-span"
      data-name={span.name}
      data-outcome={span.outcome}
      data-namespace={span.namespace ?? ''}
      sx={{ ...ROW_GRID, py: 0.75 }}
    >
      <Stack role="cell" spacing={0.25} sx={{ pl: span.depth * 2, minWidth: 0 }}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <Typography variant="body2" sx={{ fontFamily: 'monospace', overflowWrap: 'anywhere' }}>
            {span.name}
          </Typography>
          {span.outcome === 'ok' ? null : <TraceOutcomePill outcome={span.outcome} />}
        </Stack>
        {span.origin && span.namespace !== 'aws' ? (
          <Typography variant="caption" color="text.secondary" data-testid="span-origin">
            {ORIGIN_LABELS[span.origin] ?? span.origin}
          </Typography>
        ) : null}
        {span.namespace === 'aws' || span.operation ? (
          <Typography variant="caption" color="text.secondary" data-testid="span-call">
            {callOf(span)}
          </Typography>
        ) : null}
        {span.cause ? (
          <Typography variant="caption" color="error" data-testid="span-cause">
            {span.cause.type}: {span.cause.message}
          </Typography>
        ) : null}
        {annotations.length > 0 ? (
          <Typography
            variant="caption"
            color="text.secondary"
            data-testid="span-annotations"
            sx={{ overflowWrap: 'anywhere' }}
          >
            {annotations.map(([key, value]) => `${key}=${String(value)}`).join(' · ')}
          </Typography>
        ) : null}
      </Stack>
      <Box role="cell" sx={{ position: 'relative', minHeight: 20 }}>
        <Box
          aria-label={`${Math.round(span.startMs)} ms to ${Math.round(span.startMs + span.durationMs)} ms`}
          sx={{
            position: 'absolute',
            top: 4,
            height: 12,
            borderRadius: 0.5,
            left: `${Math.min(left, 99.5)}%`,
            width: `${Math.min(width, 100 - Math.min(left, 99.5))}%`,
            bgcolor: BAR_COLORS[span.outcome],
          }}
        />
        <Typography
          variant="caption"
          color="text.secondary"
          sx={{ position: 'absolute', top: 18, left: `${Math.min(left, 85)}%` }}
        >
          {span.durationMs.toFixed(1)} ms
        </Typography>
      </Box>
    </Box>
  );
}

/** Segments and subsegments on the trace's time axis, each under its parent. */
export function TraceWaterfall({ spans, durationMs }: TraceWaterfallProps): ReactNode {
  return (
    <Box role="table" aria-label="Trace waterfall">
      <Box role="row" sx={{ ...ROW_GRID, pb: 0.5 }}>
        <Typography role="columnheader" variant="caption" color="text.secondary">
          Segment
        </Typography>
        <Typography role="columnheader" variant="caption" color="text.secondary">
          0 – {durationMs.toFixed(1)} ms
        </Typography>
      </Box>
      {spans.map((span) => (
        <SpanRow key={span.id} span={span} durationMs={durationMs} />
      ))}
    </Box>
  );
}
