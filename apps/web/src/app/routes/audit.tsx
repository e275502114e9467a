import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useRuntimeConfig } from '../../config/runtime-config-context';
import {
  AuditFilterBar,
  AuditLog,
  ExportCsvButton,
  hasAuditFilters,
  UnsettledAttempts,
  VerifyChainButton,
  useAuditFilters,
} from '../../features/audit';
import { TeamScopeHint, usePermission } from '../../features/auth';

/** `/audit`: every recorded attempt and outcome, filtered from the URL, newest first. */
export function AuditRoute(): ReactNode {
  const config = useRuntimeConfig();
  const [filters, setFilters] = useAuditFilters();
  const admin = usePermission('audit:verify').allowed;
  return (
    <Stack spacing={2.5}>
      <Stack spacing={0.5}>
        <Typography variant="h1">Audit</Typography>
        <TeamScopeHint />
      </Stack>
      <UnsettledAttempts enabled={admin} />
      <AuditFilterBar filters={filters} regions={config.regions} onChange={setFilters} />
      <AuditLog
        filters={filters}
        emptyText={
          hasAuditFilters(filters)
            ? 'No audit records match these filters.'
            : 'Nothing has been done through the console yet: every action and edit, and what came of it, is recorded here.'
        }
        renderTools={(records) => (
          <Stack direction="row" spacing={1.5} sx={{ alignItems: 'flex-start' }}>
            <ExportCsvButton records={records} />
            {admin ? <VerifyChainButton /> : null}
          </Stack>
        )}
      />
    </Stack>
  );
}
