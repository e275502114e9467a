import { LazyTooltip as Tooltip } from '../../../components/lazy-tooltip';
import type { ReactNode } from 'react';
import { EMPTY_VALUE, formatDateTime, formatRelativeTime } from '../../../lib/format';
import { useTimeZone } from '../../../lib/time-zone';

export interface LaunchTimeProps {
  launchTime: string | null;
}

/**
 * "3 days ago", with the exact time on hover (and as the accessible name). Focusable by script
 * only (tabindex -1): the list's grid focuses it as the user arrows through a row, and the tooltip
 * shows, without a tab stop per row.
 */
export function LaunchTime({ launchTime }: LaunchTimeProps): ReactNode {
  const relative = formatRelativeTime(launchTime);
  const absolute = formatDateTime(launchTime, undefined, useTimeZone());
  if (!relative || !absolute) return EMPTY_VALUE;
  return (
    <Tooltip title={absolute}>
      {/* A plain element: a list page draws one per row, and it takes the cell's type as it is. */}
      <time dateTime={launchTime ?? undefined} tabIndex={-1}>
        {relative}
      </time>
    </Tooltip>
  );
}
