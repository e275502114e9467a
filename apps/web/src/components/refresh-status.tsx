import RefreshIcon from '@mui/icons-material/Refresh';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { AUTO_REFRESH_MS, useSecondsSince } from '../hooks/use-auto-refresh';
// Lazy: Tooltip and Popper (≈ 14 KB gzip) are not needed for the list to draw.
import { LazyTooltip as Tooltip } from './lazy-tooltip';

export interface RefreshStatusProps {
  /** When the shown data arrived (TanStack Query's `dataUpdatedAt`, epoch ms). */
  updatedAt: number;
  /** When the server's own source was last known complete (the inventory's `syncedAt`), if any. */
  sourceAsOf?: string | null;
  fetching: boolean;
  onRefresh: () => void;
}

/**
 * "Updated N s ago" with a manual refresh, for any view that refreshes on its own (every
 * {@link AUTO_REFRESH_MS} ms while visible); the tooltip tells how old the server's source is.
 *
 * @example
 * <RefreshStatus updatedAt={query.dataUpdatedAt} fetching={query.isFetching} onRefresh={() => void query.refetch()} />
 */
export function RefreshStatus({
  updatedAt,
  sourceAsOf,
  fetching,
  onRefresh,
}: RefreshStatusProps): ReactNode {
  const age = useSecondsSince(updatedAt);
  const sourceAge = useSecondsSince(sourceAsOf ? Date.parse(sourceAsOf) : 0);
  const detail =
    sourceAsOf === undefined
      ? `Refreshes every ${AUTO_REFRESH_MS / 1000} s while this tab is visible`
      : `Refreshes every ${AUTO_REFRESH_MS / 1000} s while visible; inventory fully re-read ${
          sourceAsOf ? `${sourceAge} s ago` : 'not yet'
        }, changes arrive as they happen`;
  return (
    <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
      <Tooltip title={detail}>
        <Typography variant="body2" color="text.secondary" role="status" aria-live="off">
          {updatedAt > 0 ? `Updated ${age} s ago` : 'Not loaded yet'}
        </Typography>
      </Tooltip>
      <IconButton size="small" aria-label="Refresh" onClick={onRefresh} disabled={fetching}>
        <RefreshIcon fontSize="small" />
      </IconButton>
    </Stack>
  );
}
