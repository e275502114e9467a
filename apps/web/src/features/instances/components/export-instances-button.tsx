import type { ListInstancesParams } from '@fleet/contract';
import DownloadIcon from '@mui/icons-material/Download';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useRef, useState, type ReactNode } from 'react';
import { useApiClient } from '../../../lib/api-client-context';
import { describeApiError } from '../../../lib/describe-api-error';
import { formatCount } from '../../../lib/format';
import { isPickerCancel, pickCsvFile } from '../../../lib/save-file-picker';

export interface ExportInstancesButtonProps {
  /** The list's filters and sort: the export holds every row they match. */
  params: Omit<ListInstancesParams, 'cursor' | 'limit'>;
  /** Rows the filters match (from the summary), for the progress; unknown while it loads. */
  total: number | undefined;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'running'; rows: number; cap: number | null }
  | { kind: 'done'; rows: number; capped: boolean; cap: number }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string };

function runningText(rows: number, cap: number | null, total: number | undefined): string {
  if (total === undefined) return `Exporting ${formatCount(rows)} rows…`;
  if (cap !== null && total > cap)
    return `Exporting ${formatCount(rows)} of the first ${formatCount(cap)} of ${formatCount(total)} rows (an export holds at most ${formatCount(cap)})…`;
  return `Exporting ${formatCount(rows)} of ${formatCount(total)} rows…`;
}

function statusText(status: Status, total: number | undefined): string {
  switch (status.kind) {
    case 'idle':
      return '';
    case 'running':
      return runningText(status.rows, status.cap, total);
    case 'cancelled':
      return 'Export cancelled: no rows were saved.';
    case 'done':
      return status.capped
        ? `Exported the first ${formatCount(status.rows)} rows: an export holds at most ${formatCount(status.cap)}. Narrow the filters for the rest.`
        : `Exported ${formatCount(status.rows)} rows.`;
    case 'failed':
      return `Export failed: ${status.message}`;
  }
}

/**
 * "Export CSV": every row matching the list's filters (not only the page), paged through the list
 * API from the browser with progress, up to a stated cap; cancellable while it runs. Where the
 * browser can write files (Chromium) it asks where to save and streams each page to that file as
 * it arrives; elsewhere it downloads the file at the end (`EXPORT_ROW_CAP` says how many rows each
 * way holds, and why).
 */
export function ExportInstancesButton({ params, total }: ExportInstancesButtonProps): ReactNode {
  const api = useApiClient();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const abort = useRef<AbortController | null>(null);

  async function run(): Promise<void> {
    const fileName = `instances-${new Date().toISOString().slice(0, 19).replaceAll(':', '-')}.csv`;
    let handle: FileSystemFileHandle | null;
    try {
      // First, straight from the click: the save dialog needs the user's gesture.
      handle = await pickCsvFile(fileName);
    } catch (error) {
      setStatus(
        isPickerCancel(error)
          ? { kind: 'idle' }
          : { kind: 'failed', message: error instanceof Error ? error.message : String(error) },
      );
      return;
    }
    const controller = new AbortController();
    abort.current = controller;
    setStatus({ kind: 'running', rows: 0, cap: null });
    try {
      // The exporter, the CSV writer and the sinks load on first use.
      const [{ exportInstances, EXPORT_ROW_CAP }, { fileCsvSink, downloadCsvSink }] =
        await Promise.all([import('../api/export-instances'), import('../../../lib/csv-sink')]);
      const sink = handle ? await fileCsvSink(handle) : downloadCsvSink(fileName);
      const cap = EXPORT_ROW_CAP[sink.kind];
      setStatus({ kind: 'running', rows: 0, cap });
      const result = await exportInstances(api, params, {
        sink,
        signal: controller.signal,
        onProgress: ({ rows }) => setStatus({ kind: 'running', rows, cap }),
      });
      setStatus({ kind: 'done', rows: result.rows, capped: result.capped, cap });
    } catch (error) {
      setStatus(
        controller.signal.aborted
          ? { kind: 'cancelled' }
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
