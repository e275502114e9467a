import DownloadIcon from '@mui/icons-material/Download';
import Button from '@mui/material/Button';
import type { AuditRecord } from '@fleet/contract';
import type { ReactNode } from 'react';
import { auditCsv } from '../utils/audit-csv';

export interface ExportCsvButtonProps {
  records: readonly AuditRecord[];
  fileName?: string;
}

/** Downloads the rows loaded so far as CSV (scroll further to include more). */
export function ExportCsvButton({
  records,
  fileName = 'audit.csv',
}: ExportCsvButtonProps): ReactNode {
  function download(): void {
    const blob = new Blob([auditCsv(records)], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.click();
    URL.revokeObjectURL(url);
  }
  return (
    <Button
      variant="outlined"
      startIcon={<DownloadIcon />}
      onClick={download}
      disabled={records.length === 0}
    >
      Export {records.length} rows as CSV
    </Button>
  );
}
