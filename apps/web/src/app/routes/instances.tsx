import { lazyNamed } from '../../lib/lazy-named';
import { MAX_ACTION_TARGETS, type Instance } from '@fleet/contract';
import { useQueryClient } from '@tanstack/react-query';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import { Suspense, useCallback, useDeferredValue, useMemo, type ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { LazyQueryErrorAlert } from '../../components/lazy-query-error-alert';
import { useRuntimeConfig } from '../../config/runtime-config-context';
import { useSelection } from '../../features/actions';
import { auditKeys } from '../../features/audit';
import { TeamScopeHint } from '../../features/auth';
import {
  hasActiveFilters,
  instanceKeys,
  instancePath,
  InstancesFilterBarSkeleton,
  InstancesListToolbarPlace,
  InstancesPageHeader,
  InstancesTable,
  useColumnChoice,
  useFleetSummary,
  useInstanceList,
  type InstanceLinkState,
} from '../../features/instances';
import { MetricsColumnsProvider, renderCpuCell, renderHealthCell } from '../../features/metrics';
import { PageTitle } from '../../components/page-title';

const NO_ROWS: readonly Instance[] = [];
// The paging's height (px), kept while its code arrives so nothing shifts.
const PAGINATION_HEIGHT = 52;
// The row menu's place while its code loads: a plain element, one per row.
const ROW_MENU_PLACE = { display: 'inline-block', width: 30, height: 30 } as const;
// Each row's "⋮" button, with the action rules behind it: a moment after the rows, in a cell of
// fixed width.
const InstanceActionsMenu = lazyNamed(
  () => import('../../features/actions/actions-menu'),
  'InstanceActionsMenu',
);
// "Updated N s ago" and its refresh button, at the header's right end: just after the rows.
const RefreshStatus = lazyNamed(() => import('../../components/refresh-status'), 'RefreshStatus');
// Only drawn once rows are selected.
const BulkActionToolbar = lazyNamed(
  () => import('../../features/actions/bulk-toolbar'),
  'BulkActionToolbar',
);
// Autocomplete, Select and Popper (≈ 20 KB gzip): the rows draw first, the filters a moment after.
const InstancesFilterBar = lazyNamed(
  () => import('../../features/instances/filter-bar'),
  'InstancesFilterBar',
);

// The line over the table (total, hide terminated, export, columns) and the paging under it: the
// rows draw first, these a moment after, in space kept for them (Button and Checkbox ≈ 7 KB gzip).
const InstancesListToolbar = lazyNamed(
  () => import('../../features/instances/list-controls'),
  'InstancesListToolbar',
);
const InstancesPagination = lazyNamed(
  () => import('../../features/instances/list-controls'),
  'InstancesPagination',
);

/** `/instances`: the fleet, filtered and sorted from the URL, one cursor page at a time. */
export function InstancesRoute(): ReactNode {
  const config = useRuntimeConfig();
  const navigate = useNavigate();
  const location = useLocation();
  const { view, setFilters, clearFilters, setSort, setLimit, query, paging } = useInstanceList();
  const filtered = hasActiveFilters(view.filters);
  // A shared link may name a region this stage does not list; keep it visible and removable.
  const regionOptions = useMemo(
    () => [...new Set([...config.regions, ...view.filters.region])],
    [config.regions, view.filters.region],
  );
  const queryClient = useQueryClient();
  const selection = useSelection<Instance>(MAX_ACTION_TARGETS);
  const columnChoice = useColumnChoice();
  // The rows on screen: the table draws a new page in the background (a deferred value), and the
  // sparklines and health of a page are asked for once its rows are drawn. Asked for as soon as the
  // page arrived, their answers landed mid-draw and restarted it (≈ 10 % slower keystroke → rows
  // at 10,000); the cells they fill do not exist before then anyway.
  const shownRows = useDeferredValue(query.data?.items);
  const rowsDrawn = shownRows !== undefined && shownRows === query.data?.items;
  // Total, per-state counts and tag suggestions of the whole filtered fleet (not just the page),
  // asked for once the view's rows are drawn (or the list failed): asked for with the list, its
  // answer (the costlier of the two, it counts every match) was worked out beside the rows' draw,
  // and on a 2-core machine the two slowed each other. The previous figures stay until then.
  const fleet = useFleetSummary(view, {
    enabled: (rowsDrawn && !query.isPlaceholderData) || query.isError,
  });
  // After an action: ask again at once; rows still between states then poll until they settle.
  const refresh = useCallback((): void => {
    void queryClient.invalidateQueries({ queryKey: instanceKeys.all });
    void queryClient.invalidateQueries({ queryKey: auditKeys.all });
  }, [queryClient]);
  const renderActions = useCallback(
    (instance: Instance) => (
      <Suspense fallback={<span style={ROW_MENU_PLACE} />}>
        <InstanceActionsMenu target={instance} onActed={refresh} />
      </Suspense>
    ),
    [refresh],
  );

  // Stable across renders, as every row prop is: the rows are memoized.
  const listSearch = location.search;
  const openInstance = useCallback(
    (instance: Instance): void => {
      const state: InstanceLinkState = { listSearch };
      void navigate(instancePath(instance.region, instance.id), { state });
    },
    [navigate, listSearch],
  );

  return (
    <Stack spacing={2.5}>
      <PageTitle title="Instances" />
      <Stack spacing={0.5}>
        <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'flex-start' }}>
          <InstancesPageHeader regions={config.regions} />
          <Suspense fallback={null}>
            <RefreshStatus
              updatedAt={query.dataUpdatedAt}
              sourceAsOf={query.data?.inventory.syncedAt ?? null}
              fetching={query.isFetching}
              onRefresh={() => void query.refetch()}
            />
          </Suspense>
        </Stack>
        {/* Non-admins see their teams' instances only: say so, or the short list looks broken. */}
        <TeamScopeHint />
      </Stack>
      <Suspense fallback={<InstancesFilterBarSkeleton />}>
        <InstancesFilterBar
          filters={view.filters}
          regions={regionOptions}
          onChange={setFilters}
          onClear={clearFilters}
          canClear={filtered}
          tagSuggestions={fleet.tagSuggestions}
        />
      </Suspense>
      {query.isError ? (
        <LazyQueryErrorAlert title="Could not load instances" query={query} />
      ) : null}
      <Suspense fallback={<InstancesListToolbarPlace />}>
        <InstancesListToolbar
          fleet={fleet}
          states={view.filters.state}
          onStatesChange={(state) => setFilters({ state })}
          columnChoice={columnChoice}
        />
      </Suspense>
      {/* One sparklines request and one health request (checks, alarms) for the rows drawn. */}
      <MetricsColumnsProvider rows={shownRows ?? NO_ROWS}>
        <InstancesTable
          columns={columnChoice.columns}
          instances={query.data?.items}
          loading={query.isPending && query.isFetching}
          updating={query.isPlaceholderData}
          skeletonRows={Math.min(view.limit, 10)}
          sort={view.sort}
          onSortChange={setSort}
          filtered={filtered}
          onClearFilters={clearFilters}
          onOpenInstance={openInstance}
          renderCpu={renderCpuCell}
          renderHealth={renderHealthCell}
          renderActions={renderActions}
          selection={{
            selected: selection.keys,
            max: MAX_ACTION_TARGETS,
            onToggle: selection.toggle,
            onToggleAll: selection.toggleAll,
          }}
          footer={
            query.data ? (
              <Suspense fallback={<Box sx={{ height: PAGINATION_HEIGHT }} />}>
                <InstancesPagination
                  page={paging.page}
                  pageSize={view.limit}
                  rowsOnPage={query.isPlaceholderData ? 0 : (query.data?.items.length ?? 0)}
                  hasPrevious={paging.page > 1}
                  hasNext={Boolean(query.data?.nextCursor)}
                  disabled={query.isPlaceholderData || query.isPending}
                  onPrevious={paging.goPrevious}
                  onNext={() => {
                    const next = query.data?.nextCursor;
                    if (next) paging.goNext(next);
                  }}
                  onPageSizeChange={setLimit}
                />
              </Suspense>
            ) : null
          }
        />
      </MetricsColumnsProvider>
      {/* After the table, held at the window's foot while the table runs past it: the rows do
          not move when the first is selected, and the actions stay in view at any row. */}
      {selection.items.length > 0 ? (
        <Suspense fallback={null}>
          <BulkActionToolbar
            targets={selection.items}
            max={MAX_ACTION_TARGETS}
            onClear={selection.clear}
            onActed={refresh}
          />
        </Suspense>
      ) : null}
    </Stack>
  );
}
