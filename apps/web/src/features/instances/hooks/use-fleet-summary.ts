import type { InstanceSummary, ListInstancesParams } from '@fleet/contract';
import type { UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useInstanceSummary } from '../api/get-instance-summary';
import { toListInstancesParams, type InstanceListView } from '../utils/instance-list-search';

export interface FleetSummary {
  query: UseQueryResult<InstanceSummary, Error>;
  /** The list's filters and sort without paging: what an export walks. */
  params: Omit<ListInstancesParams, 'cursor' | 'limit'>;
  /** `key=value` pairs of the caller's instances, for the tag filter. */
  tagSuggestions: readonly string[];
}

/**
 * The fleet-wide side of the list view: total, per-state counts, tag suggestions, export query.
 * `enabled: false` holds the request back (the previous figures stay on screen).
 */
export function useFleetSummary(
  view: InstanceListView,
  options: { enabled?: boolean } = {},
): FleetSummary {
  const { limit: _limit, ...params } = toListInstancesParams(view, null);
  const query = useInstanceSummary(params, options);
  const tagSuggestions = useMemo(
    () =>
      (query.data?.tags ?? []).flatMap((tag) => tag.values.map((value) => `${tag.key}=${value}`)),
    [query.data],
  );
  return { query, params, tagSuggestions };
}
