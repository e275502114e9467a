import { MAX_PAGE_SIZE, type ListInstancesParams } from '@fleet/contract';
import type { ApiClient } from '../../../lib/api-client';
import { INSTANCE_CSV_HEADER, instanceCsvRows } from '../utils/instance-csv';
import { listInstances } from './list-instances';

/**
 * The most rows one export writes: 100 list requests of 100 rows. Each request stays far under a
 * Lambda answer's 6 MB (a row is about 1 KB), so the export pages from the browser instead of
 * asking one large answer; past the cap, narrow the filters.
 */
export const EXPORT_ROW_CAP = 10_000;

/** How far an export has come. */
export interface ExportProgress {
  readonly rows: number;
}

/** A finished export: the file, its rows, and whether the cap cut it short. */
export interface ExportResult {
  readonly file: Blob;
  readonly rows: number;
  readonly capped: boolean;
}

/**
 * Every row of the list's filters and sort as CSV, read page by page through `GET /instances`
 * (the same cursor paging as the table, so no row is lost or repeated) and appended to the file
 * as each page arrives: the file is built from one Blob part per page, which the browser may keep
 * on disk, never one long string.
 *
 * @example
 * const { file, rows } = await exportInstances(api, { state: ['running'] }, { onProgress });
 */
export async function exportInstances(
  api: ApiClient,
  params: Omit<ListInstancesParams, 'cursor' | 'limit'>,
  options: { onProgress?: (progress: ExportProgress) => void; signal?: AbortSignal } = {},
): Promise<ExportResult> {
  const parts: BlobPart[] = [INSTANCE_CSV_HEADER];
  let rows = 0;
  let cursor: string | undefined;
  do {
    const page = await listInstances(
      api,
      { ...params, limit: Math.min(MAX_PAGE_SIZE, EXPORT_ROW_CAP - rows), cursor },
      options.signal,
    );
    parts.push(new Blob([instanceCsvRows(page.items)]));
    rows += page.items.length;
    options.onProgress?.({ rows });
    cursor = page.nextCursor ?? undefined;
  } while (cursor && rows < EXPORT_ROW_CAP);
  return {
    file: new Blob(parts, { type: 'text/csv;charset=utf-8' }),
    rows,
    capped: cursor !== undefined,
  };
}
