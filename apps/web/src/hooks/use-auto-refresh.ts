import { useEffect, useState } from 'react';

/**
 * How often a list refreshes on its own while its tab is visible (TanStack Query pauses
 * intervals in hidden tabs). Three seconds keeps an out-of-band change within ≈ 4 s of the
 * inventory learning it (docs/architecture.md, staleness bounds) for one cheap call per tick.
 */
export const AUTO_REFRESH_MS = 3_000;

/**
 * The refetch interval of an auto-refreshing query: a faster one when the view asks for it (rows
 * changing state), else {@link AUTO_REFRESH_MS}.
 *
 * @example
 * refetchInterval: (query) => autoRefreshInterval(settlingInterval(query.state.data?.items)),
 */
export function autoRefreshInterval(faster: number | false = false): number {
  return faster === false ? AUTO_REFRESH_MS : Math.min(faster, AUTO_REFRESH_MS);
}

/**
 * Seconds since `since` (epoch ms), re-rendered every second: for "updated N s ago".
 *
 * @example
 * const age = useSecondsSince(query.dataUpdatedAt);
 */
export function useSecondsSince(since: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1_000);
    return () => window.clearInterval(timer);
  }, []);
  return since > 0 ? Math.max(0, Math.floor((now - since) / 1_000)) : 0;
}
