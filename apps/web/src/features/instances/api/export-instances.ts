import { MAX_PAGE_SIZE, type ListInstancesParams } from '@fleet/contract';
import type { ApiClient } from '../../../lib/api-client';
import type { CsvSink } from '../../../lib/csv-sink';
import { INSTANCE_CSV_HEADER, instanceCsvRows } from '../utils/instance-csv';
import { listInstances } from './list-instances';

/**
 * The most rows one export writes, by where it goes.
 * - `file` (streamed to disk, Chromium): the browser holds one page at a time, so memory sets no
 *   limit; the cap bounds the work one click asks of the API (500 list requests of 100 rows,
 *   about a minute) at five times the largest fleet this console is measured with (10,000).
 * - `download` (the fallback): the whole file is held in the tab until it is handed over, about
 *   1 KB a row, so 10,000 rows (≈ 10 MB).
 * Each request stays far under a Lambda answer's 6 MB (100 rows ≈ 100 KB), which is why the
 * browser pages instead of asking one large answer. Past the cap, narrow the filters.
 */
export const EXPORT_ROW_CAP: Readonly<Record<CsvSink['kind'], number>> = {
  file: 50_000,
  download: 10_000,
};

/** How far an export has come. */
export interface ExportProgress {
  readonly rows: number;
}

/** A finished export: its rows, and whether the cap cut it short. */
export interface ExportResult {
  readonly rows: number;
  readonly capped: boolean;
}

/**
 * Every row of the list's filters and sort as CSV, read page by page through `GET /instances`
 * (the same cursor paging as the table, so no row is lost or repeated) and written to `sink` as
 * each page arrives. On cancel (`signal`) or failure the sink is aborted: no partial file is kept.
 *
 * @example
 * const { rows } = await exportInstances(api, { state: ['running'] }, { sink, onProgress });
 */
export async function exportInstances(
  api: ApiClient,
  params: Omit<ListInstancesParams, 'cursor' | 'limit'>,
  options: {
    sink: CsvSink;
    onProgress?: (progress: ExportProgress) => void;
    signal?: AbortSignal;
    /** Rows per request: the API's largest page unless told (tests cross pages of a small fleet). */
    pageSize?: number;
    /** The most rows written: {@link EXPORT_ROW_CAP} for the sink unless told. */
    rowCap?: number;
  },
): Promise<ExportResult> {
  const { sink, signal } = options;
  const cap = options.rowCap ?? EXPORT_ROW_CAP[sink.kind];
  const pageSize = options.pageSize ?? MAX_PAGE_SIZE;
  let rows = 0;
  let cursor: string | undefined;
  try {
    await sink.write(INSTANCE_CSV_HEADER);
    do {
      const limit = Math.min(pageSize, cap - rows);
      const page = await listInstances(api, { ...params, limit, cursor }, signal);
      signal?.throwIfAborted();
      await sink.write(instanceCsvRows(page.items));
      rows += page.items.length;
      options.onProgress?.({ rows });
      cursor = page.nextCursor ?? undefined;
    } while (cursor && rows < cap);
    await sink.close();
  } catch (error) {
    await sink.abort().catch(() => undefined);
    throw error;
  }
  return { rows, capped: cursor !== undefined };
}
