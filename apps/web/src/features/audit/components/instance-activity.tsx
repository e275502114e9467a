import Stack from '@mui/material/Stack';
import type { ReactNode } from 'react';
import { EMPTY_AUDIT_FILTERS } from '../utils/audit-filters';
import { AuditLog } from './audit-log';
import { ExportCsvButton } from './export-csv-button';

export interface InstanceActivityProps {
  region: string;
  id: string;
}

/** The instance page's Activity tab: this instance's audit records, newest first. */
export function InstanceActivity({ region, id }: InstanceActivityProps): ReactNode {
  return (
    <AuditLog
      filters={{ ...EMPTY_AUDIT_FILTERS, region, instance: id }}
      hideInstance
      emptyText="Nothing has been done to this instance through the console yet."
      renderTools={(records) => (
        <Stack direction="row">
          <ExportCsvButton records={records} fileName={`audit-${region}-${id}.csv`} />
        </Stack>
      )}
    />
  );
}
