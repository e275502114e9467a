import type { InstanceSort } from '@fleet/contract';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  EMPTY_FILTERS,
  parseInstanceListSearch,
  toInstanceListSearch,
  type InstanceListFilters,
  type InstanceListView,
} from '../utils/instance-list-search';

export interface InstanceListViewControls {
  view: InstanceListView;
  /** `replace` keeps typing out of the browser history; discrete choices get their own entry. */
  setFilters: (patch: Partial<InstanceListFilters>, options?: { replace?: boolean }) => void;
  clearFilters: () => void;
  setSort: (sort: InstanceSort) => void;
  setLimit: (limit: number) => void;
}

/**
 * The list's filters, sort and page size, read from and written to the URL. `onView` hears each
 * new view just before the URL changes to it (the list fetches it then, ahead of the redraw).
 */
export function useInstanceListView(
  onView?: (view: InstanceListView) => void,
): InstanceListViewControls {
  const [searchParams, setSearchParams] = useSearchParams();
  const view = useMemo(() => parseInstanceListSearch(searchParams), [searchParams]);

  const update = useCallback(
    (change: (current: InstanceListView) => InstanceListView, replace = false) => {
      setSearchParams(
        (current) => {
          const next = change(parseInstanceListSearch(current));
          onView?.(next);
          return toInstanceListSearch(next);
        },
        { replace },
      );
    },
    [setSearchParams, onView],
  );

  return {
    view,
    setFilters: useCallback(
      (patch, options) =>
        update(
          (current) => ({ ...current, filters: { ...current.filters, ...patch } }),
          options?.replace,
        ),
      [update],
    ),
    clearFilters: useCallback(
      () => update((current) => ({ ...current, filters: EMPTY_FILTERS })),
      [update],
    ),
    setSort: useCallback((sort) => update((current) => ({ ...current, sort })), [update]),
    setLimit: useCallback((limit) => update((current) => ({ ...current, limit })), [update]),
  };
}
