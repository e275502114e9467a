import type { ListInstancesParams } from '@fleet/contract';
import DownloadIcon from '@mui/icons-material/Download';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useRef, useState, type ReactNode } from 'react';
import { useApiClient } from '../../../lib/api-client-context';
import { describeApiError } from '../../../lib/describe-api-error';
import { downloadBlob } from '../../../lib/csv';

export interface ExportInstancesButtonProps {
  /** The list's filters and sort: the export holds every row they match. */
  params: Omit<ListInstancesParams, 'cursor' | 'limit'>;
  /** Rows the filters match (from the summary), for the progress; unknown while it loads. */
  total: number | undefined;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'running'; rows: number }
  | { kind: 'done'; rows: number; capped: boolean; cap: number }
  | { kind: 'failed'; message: string };

function statusText(status: Status, total: number | undefined): string {
  switch (status.kind) {
    case 'idle':
      return '';
    case 'running':
      return `Exporting ${status.rows.toLocaleString()}${total === undefined ? '' : ` of ${total.toLocaleString()}`} rows…`;
    case 'done':
      return status.capped
        ? `Exported the first ${status.rows.toLocaleString()} rows: an export holds at most ${status.cap.toLocaleString()}. Narrow the filters for the rest.`
        : `Exported ${status.rows.toLocaleString()} rows.`;
    case 'failed':
      return `Export failed: ${status.message}`;
  }
}

/**
 * "Export CSV": every row matching the list's filters (not only the page), paged through the list
 * API from the browser with progress, up to a stated cap; cancellable while it runs.
 */
export function ExportInstancesButton({ params, total }: ExportInstancesButtonProps): ReactNode {
  const api = useApiClient();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const abort = useRef<AbortController | null>(null);

  async function run(): Promise<void> {
    const controller = new AbortController();
    abort.current = controller;
    setStatus({ kind: 'running', rows: 0 });
    try {
      // The exporter (and the CSV writer) load on first use.
      const { exportInstances, EXPORT_ROW_CAP } = await import('../api/export-instances');
      const result = await exportInstances(api, params, {
        signal: controller.signal,
        onProgress: ({ rows }) => setStatus({ kind: 'running', rows }),
      });
      downloadBlob(result.file, `instances-${new Date().toISOString().slice(0, 19)}.csv`);
      setStatus({ kind: 'done', rows: result.rows, capped: result.capped, cap: EXPORT_ROW_CAP });
    } catch (error) {
      setStatus(
        controller.signal.aborted
          ? { kind: 'idle' }
          : { kind: 'failed', message: describeApiError(error).message },
      );
    }
  }

  const running = status.kind === 'running';
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      <Typography variant="body2" role="status" data-testid="export-status">
        {statusText(status, total)}
      </Typography>
      {running ? (
        <Button size="small" onClick={() => abort.current?.abort()}>
          Cancel export
        </Button>
      ) : null}
      <Button
        size="small"
        variant="outlined"
        startIcon={<DownloadIcon />}
        onClick={() => void run()}
        disabled={running}
        data-testid="export-csv"
      >
        Export CSV
      </Button>
    </Stack>
  );
}
