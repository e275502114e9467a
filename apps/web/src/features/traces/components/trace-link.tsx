import { TraceIdSchema } from '@fleet/contract';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import { usePermission } from '../../auth';

export interface TraceLinkProps {
  traceId: string | null | undefined;
  /** Words before the id; `Trace` unless told. */
  label?: string;
}

/**
 * A request's X-Ray trace id: a link to its waterfall for those who may read traces (SREs,
 * admins), plain text for the rest; nothing where tracing was off (the id is then the request's).
 */
export function TraceLink({ traceId, label = 'Trace' }: TraceLinkProps): ReactNode {
  const mayRead = usePermission('traces:read').allowed;
  if (!traceId || !TraceIdSchema.safeParse(traceId).success) return null;
  return (
    <Typography
      variant="caption"
      color="text.secondary"
      component="span"
      data-testid="trace-link"
      data-trace-id={traceId}
    >
      {label}:{' '}
      {mayRead ? (
        <Link
          component={RouterLink}
          to={`/traces/${traceId}`}
          sx={{ fontFamily: 'monospace' }}
          aria-label={`Open trace ${traceId}`}
        >
          {traceId}
        </Link>
      ) : (
        <span style={{ fontFamily: 'monospace' }}>{traceId}</span>
      )}
    </Typography>
  );
}
