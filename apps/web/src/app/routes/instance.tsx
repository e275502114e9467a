import {
  ArchitectureSchema,
  InstanceIdSchema,
  RegionSchema,
  type Architecture,
} from '@fleet/contract';
import Stack from '@mui/material/Stack';
import { useQueryClient } from '@tanstack/react-query';
import { Suspense, type ReactNode } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { ButtonPlace } from '../../components/button-place';
import { LazyQueryErrorAlert } from '../../components/lazy-query-error-alert';
import { ProtectionSummary } from '../../features/actions';
import { auditKeys, InstanceActivityTab } from '../../features/audit';
import {
  BackToInstancesLink,
  InstanceDetailsSkeleton,
  InstanceHeader,
  instanceKeys,
  InstanceOverview,
  InstanceTabs,
  parseInstanceTab,
  useInstance,
  type InstanceTab,
} from '../../features/instances';
import { InstanceMonitoringTab } from '../../features/metrics';
import { ApiRequestError } from '../../lib/api-client';
import { lazyNamed } from '../../lib/lazy-named';
import { PageTitle } from '../../components/page-title';

// `/instances/:id` opens this page once it knows the region: the router loads both from here.
export { InstanceByIdRoute } from './instance-by-id';

// The action buttons (Button, its ripple, the action rules: ≈ 10 KB gzip) draw a moment after the
// instance's details, each in a place of its own size, so nothing moves when they arrive.
const ProtectionButton = lazyNamed(
  () => import('../../features/actions/instance-buttons'),
  'ProtectionButton',
);
const TagEditButtons = lazyNamed(
  () => import('../../features/actions/instance-buttons'),
  'TagEditButtons',
);
const ResizeButton = lazyNamed(
  () => import('../../features/actions/instance-buttons'),
  'ResizeButton',
);
const InstanceActionsMenu = lazyNamed(
  () => import('../../features/actions/actions-menu'),
  'InstanceActionsMenu',
);
// Only a stale or mistyped address needs it.
const InstanceNotFound = lazyNamed(
  () => import('../../features/instances/not-found'),
  'InstanceNotFound',
);

function architectureOf(value: string | null | undefined): Architecture | null {
  const parsed = ArchitectureSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** `/instances/:region/:id`: one instance. */
export function InstanceRoute(): ReactNode {
  const { region = '', id = '' } = useParams();
  // A malformed address cannot name an instance: say "not found" without asking the API.
  const wellFormed =
    RegionSchema.safeParse(region).success && InstanceIdSchema.safeParse(id).success;
  const query = useInstance({ region, id }, wellFormed);
  const queryClient = useQueryClient();
  // After an action: ask again at once; the query then polls until the instance settles.
  function refresh(): void {
    void queryClient.invalidateQueries({ queryKey: instanceKeys.all });
    void queryClient.invalidateQueries({ queryKey: auditKeys.all });
  }
  // In the URL (`?tab=monitoring`, with the charts' `range`), so a shared link opens the same view.
  const [searchParams, setSearchParams] = useSearchParams();
  const tab = parseInstanceTab(searchParams.get('tab'));
  function setTab(next: InstanceTab): void {
    setSearchParams(
      (current) => {
        const updated = new URLSearchParams(current);
        if (next === 'overview') updated.delete('tab');
        else updated.set('tab', next);
        return updated;
      },
      { replace: true },
    );
  }
  const notFound =
    !wellFormed || (query.error instanceof ApiRequestError && query.error.isNotFound);

  // The instance's name once read (the tab of an instance page is named as its header is), its id
  // until then.
  function instanceTitle(): string {
    if (notFound) return `${id} not found`;
    const name = query.data?.name;
    return `${name ? `${name} (${id})` : id} · ${region}`;
  }

  function body(): ReactNode {
    if (notFound) {
      return (
        <Suspense fallback={null}>
          <InstanceNotFound id={id} region={region} />
        </Suspense>
      );
    }
    if (query.isError) {
      return <LazyQueryErrorAlert title="Could not load this instance" query={query} />;
    }
    if (!query.data) return <InstanceDetailsSkeleton />;
    return (
      <>
        <InstanceHeader
          instance={query.data}
          actions={
            <>
              <Suspense fallback={<ButtonPlace width={125} />}>
                <ProtectionButton target={query.data} onActed={refresh} />
              </Suspense>
              <Suspense fallback={<ButtonPlace width={107} />}>
                <InstanceActionsMenu target={query.data} onActed={refresh} variant="button" />
              </Suspense>
            </>
          }
        />
        <ProtectionSummary protection={query.data.protection} />
        <InstanceTabs value={tab} onChange={setTab}>
          {tab === 'overview' ? (
            <InstanceOverview
              instance={query.data}
              configuration={query.data.configuration}
              tagsAction={
                <Suspense
                  fallback={
                    <Stack direction="row" spacing={1}>
                      <ButtonPlace width={75} small />
                      <ButtonPlace width={103} small />
                    </Stack>
                  }
                >
                  <TagEditButtons target={query.data} onActed={refresh} />
                </Suspense>
              }
              typeAction={
                <Suspense fallback={<ButtonPlace width={98} small />}>
                  <ResizeButton
                    target={query.data}
                    currentType={query.data.type}
                    architecture={architectureOf(query.data.configuration?.architecture)}
                    onActed={refresh}
                  />
                </Suspense>
              }
            />
          ) : null}
          {tab === 'monitoring' ? <InstanceMonitoringTab instance={query.data} /> : null}
          {tab === 'activity' ? (
            <InstanceActivityTab region={query.data.region} id={query.data.id} />
          ) : null}
        </InstanceTabs>
      </>
    );
  }

  return (
    <Stack spacing={2.5}>
      <PageTitle title={instanceTitle()} />
      <BackToInstancesLink />
      {body()}
    </Stack>
  );
}
