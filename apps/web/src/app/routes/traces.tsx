import Alert from '@mui/material/Alert';
import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { usePermission } from '../../features/auth';
import { HealthPage, TracePage, TracesPage } from '../../features/traces/traces-area';
import { PageTitle } from '../../components/page-title';

// Traces name instances and users of every team: SREs and admins only (the API agrees).
function RequireTraces({ children }: { children: ReactNode }): ReactNode {
  const check = usePermission('traces:read');
  if (!check.allowed) return <Alert severity="info">{check.reason}</Alert>;
  return children;
}

/** `/traces`: search the product's traces. */
export function TracesRoute(): ReactNode {
  return (
    <>
      <PageTitle title="Traces" />
      <RequireTraces>
        <TracesPage />
      </RequireTraces>
    </>
  );
}

/** `/traces/:id`: one trace's waterfall. */
export function TraceRoute(): ReactNode {
  const { id = '' } = useParams();
  return (
    <>
      <PageTitle title={`Trace ${id}`} />
      <RequireTraces>
        <TracePage key={id} id={id} />
      </RequireTraces>
    </>
  );
}

/** `/health`: the Service health view. */
export function HealthRoute(): ReactNode {
  return (
    <>
      <PageTitle title="Service health" />
      <RequireTraces>
        <HealthPage />
      </RequireTraces>
    </>
  );
}
