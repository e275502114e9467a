import { MAX_ACTION_TARGETS, type Instance } from '@fleet/contract';
import { useQueryClient } from '@tanstack/react-query';
import Stack from '@mui/material/Stack';
import { lazy, Suspense, useCallback, type ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useRuntimeConfig } from '../../config/runtime-config-context';
import { InstanceActionsMenu, useSelection } from '../../features/actions';
import { auditKeys } from '../../features/audit';
import { TeamScopeHint } from '../../features/auth';
import {
  hasActiveFilters,
  instanceKeys,
  instancePath,
  InstancesFilterBarSkeleton,
  InstancesListToolbar,
  InstancesPageHeader,
  InstancesPagination,
  InstancesTable,
  useColumnChoice,
  useFleetSummary,
  useInstanceList,
  type InstanceLinkState,
} from '../../features/instances';
import { useCpuSparklineColumn, useInstanceHealthColumns } from '../../features/metrics';
import { RefreshStatus } from '../../components/refresh-status';

const NO_ROWS: readonly Instance[] = [];
// Only drawn once rows are selected.
const BulkActionToolbar = lazy(async () => ({
  default: (await import('../../features/actions/bulk-toolbar')).BulkActionToolbar,
}));
// Only drawn when the list failed.
const QueryErrorAlert = lazy(async () => ({
  default: (await import('../../components/query-error-alert')).QueryErrorAlert,
}));
// Autocomplete, Select and Popper (≈ 20 KB gzip): the rows draw first, the filters a moment after.
const InstancesFilterBar = lazy(async () => ({
  default: (await import('../../features/instances/filter-bar')).InstancesFilterBar,
}));

/** `/instances`: the fleet, filtered and sorted from the URL, one cursor page at a time. */
export function InstancesRoute(): ReactNode {
  const config = useRuntimeConfig();
  const navigate = useNavigate();
  const location = useLocation();
  const { view, setFilters, clearFilters, setSort, setLimit, query, paging } = useInstanceList();
  const filtered = hasActiveFilters(view.filters);
  // A shared link may name a region this stage does not list; keep it visible and removable.
  const regionOptions = [...new Set([...config.regions, ...view.filters.region])];
  // One sparklines request for exactly the rows on screen.
  const renderCpu = useCpuSparklineColumn(query.data?.items ?? NO_ROWS);
  // And one health request (status checks, alarms) for the same rows.
  const renderHealth = useInstanceHealthColumns(query.data?.items ?? NO_ROWS);
  const queryClient = useQueryClient();
  const selection = useSelection<Instance>(MAX_ACTION_TARGETS);
  const columnChoice = useColumnChoice();
  // Total, per-state counts and tag suggestions of the whole filtered fleet (not just the page).
  const fleet = useFleetSummary(view);
  // After an action: ask again at once; rows still between states then poll until they settle.
  const refresh = useCallback((): void => {
    void queryClient.invalidateQueries({ queryKey: instanceKeys.all });
    void queryClient.invalidateQueries({ queryKey: auditKeys.all });
  }, [queryClient]);
  const renderActions = useCallback(
    (instance: Instance) => <InstanceActionsMenu target={instance} onActed={refresh} />,
    [refresh],
  );

  function openInstance(instance: Instance): void {
    const state: InstanceLinkState = { listSearch: location.search };
    void navigate(instancePath(instance.region, instance.id), { state });
  }

  return (
    <Stack spacing={2.5}>
      <Stack spacing={0.5}>
        <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'flex-start' }}>
          <InstancesPageHeader regions={config.regions} />
          <RefreshStatus
            updatedAt={query.dataUpdatedAt}
            sourceAsOf={query.data?.inventory.syncedAt ?? null}
            fetching={query.isFetching}
            onRefresh={() => void query.refetch()}
          />
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
        <Suspense fallback={null}>
          <QueryErrorAlert title="Could not load instances" query={query} />
        </Suspense>
      ) : null}
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
      <InstancesListToolbar
        fleet={fleet}
        states={view.filters.state}
        onStatesChange={(state) => setFilters({ state })}
        columnChoice={columnChoice}
      />
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
        renderCpu={renderCpu}
        renderHealth={renderHealth}
        renderActions={renderActions}
        selection={{
          selected: selection.keys,
          max: MAX_ACTION_TARGETS,
          onToggle: selection.toggle,
          onToggleAll: selection.toggleAll,
        }}
        footer={
          query.data ? (
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
          ) : null
        }
      />
    </Stack>
  );
}
