import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Suspense, useCallback, useState, type ReactNode } from 'react';
import { ButtonPlace } from '../../components/button-place';
import { useRuntimeConfig } from '../../config/runtime-config-context';
import {
  AuditFilterBarSkeleton,
  AuditLog,
  hasAuditFilters,
  UnsettledAttempts,
  useAuditFilters,
} from '../../features/audit';
import { TeamScopeHint, usePermission } from '../../features/auth';
import { lazyNamed } from '../../lib/lazy-named';
import { PageTitle } from '../../components/page-title';

// TextField, Select, Menu and Popover (≈ 25 KB gzip): the records draw first, the filters a
// moment after, in space kept for them (as on the instance list).
const AuditFilterBar = lazyNamed(() => import('../../features/audit/filter-bar'), 'AuditFilterBar');
// The tools over the records (Button, the CSV writer): a moment after, in space kept for them.
const ExportCsvButton = lazyNamed(() => import('../../features/audit/tools'), 'ExportCsvButton');
const VerifyChainButton = lazyNamed(
  () => import('../../features/audit/tools'),
  'VerifyChainButton',
);

/** `/audit`: every recorded attempt and outcome, filtered from the URL, newest first. */
export function AuditRoute(): ReactNode {
  const config = useRuntimeConfig();
  const [filters, setFilters] = useAuditFilters();
  const admin = usePermission('audit:verify').allowed;
  // An admin's warning of attempts without an outcome stands above the records: they wait for it
  // (its own answer, and its code when there is one) rather than be pushed down by it, under the
  // reader's pointer (118 px on a desktop).
  const [warningSettled, setWarningSettled] = useState(false);
  const settleWarning = useCallback(() => setWarningSettled(true), []);
  return (
    <Stack spacing={2.5}>
      <PageTitle title="Audit" />
      <Stack spacing={0.5}>
        <Typography variant="h1">Audit</Typography>
        <TeamScopeHint />
      </Stack>
      <UnsettledAttempts enabled={admin} onSettled={settleWarning} />
      <Suspense fallback={<AuditFilterBarSkeleton />}>
        <AuditFilterBar filters={filters} regions={config.regions} onChange={setFilters} />
      </Suspense>
      <AuditLog
        filters={filters}
        holdRecords={!warningSettled}
        emptyText={
          hasAuditFilters(filters)
            ? 'No audit records match these filters.'
            : 'Nothing has been done through the console yet: every action and edit, and what came of it, is recorded here.'
        }
        renderTools={(records) => (
          <Stack direction="row" spacing={1.5} sx={{ alignItems: 'flex-start' }}>
            <Suspense
              fallback={
                <>
                  <ButtonPlace width={201} />
                  {admin ? <ButtonPlace width={111} /> : null}
                </>
              }
            >
              <ExportCsvButton records={records} />
              {admin ? <VerifyChainButton /> : null}
            </Suspense>
          </Stack>
        )}
      />
    </Stack>
  );
}
