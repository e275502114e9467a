import { InstanceIdSchema, RegionSchema } from '@fleet/contract';
import Stack from '@mui/material/Stack';
import { useQueryClient } from '@tanstack/react-query';
import {
  InstanceActionsMenu,
  ProtectionButton,
  ProtectionSummary,
  ResizeButton,
  TagEditButtons,
} from '../../features/actions';
import { ArchitectureSchema, type Architecture } from '@fleet/contract';
import { auditKeys, InstanceActivityTab } from '../../features/audit';
import type { ReactNode } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { QueryErrorAlert } from '../../components/query-error-alert';
import {
  BackToInstancesLink,
  InstanceDetailsSkeleton,
  InstanceHeader,
  instanceKeys,
  InstanceNotFound,
  InstanceOverview,
  InstanceTabs,
  parseInstanceTab,
  useInstance,
  type InstanceTab,
} from '../../features/instances';
import { InstanceMonitoringTab } from '../../features/metrics';
import { ApiRequestError } from '../../lib/api-client';

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

  function body(): ReactNode {
    if (notFound) return <InstanceNotFound id={id} region={region} />;
    if (query.isError) {
      return <QueryErrorAlert title="Could not load this instance" query={query} />;
    }
    if (!query.data) return <InstanceDetailsSkeleton />;
    return (
      <>
        <InstanceHeader
          instance={query.data}
          actions={
            <>
              <ProtectionButton target={query.data} onActed={refresh} />
              <InstanceActionsMenu target={query.data} onActed={refresh} variant="button" />
            </>
          }
        />
        <ProtectionSummary protection={query.data.protection} />
        <InstanceTabs value={tab} onChange={setTab}>
          {tab === 'overview' ? (
            <InstanceOverview
              instance={query.data}
              configuration={query.data.configuration}
              tagsAction={<TagEditButtons target={query.data} onActed={refresh} />}
              typeAction={
                <ResizeButton
                  target={query.data}
                  currentType={query.data.type}
                  architecture={architectureOf(query.data.configuration?.architecture)}
                  onActed={refresh}
                />
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
      <BackToInstancesLink />
      {body()}
    </Stack>
  );
}
