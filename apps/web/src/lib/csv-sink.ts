import { downloadBlob } from './csv';

/**
 * Where an export's CSV goes, a piece at a time: written as each page of rows arrives, closed at
 * the end, or aborted (nothing kept) when the export is cancelled or fails.
 */
export interface CsvSink {
  /** Streams to a file the user chose (`file`), or is held in memory and downloaded at the end. */
  readonly kind: 'file' | 'download';
  write(text: string): Promise<void>;
  close(): Promise<void>;
  abort(): Promise<void>;
}

/**
 * Streams to a file through the File System Access API: each piece goes to the file's swap copy
 * as it arrives, so the browser holds one page of rows at a time, whatever the export's size.
 * `close` puts the file in place; `abort` discards what was written.
 *
 * @example
 * const sink = await fileCsvSink(await window.showSaveFilePicker({ suggestedName: 'rows.csv' }));
 */
export async function fileCsvSink(handle: FileSystemFileHandle): Promise<CsvSink> {
  const stream = await handle.createWritable();
  return {
    kind: 'file',
    write: (text) => stream.write(text),
    close: () => stream.close(),
    abort: () => stream.abort(),
  };
}

/**
 * The fallback where the browser cannot write files (Firefox, Safari): the pieces are kept as Blob
 * parts (which the browser may page out to disk, never one long string) and handed to the
 * downloads as one file at the end.
 *
 * @example
 * const sink = downloadCsvSink('rows.csv');
 */
export function downloadCsvSink(fileName: string): CsvSink {
  let parts: Blob[] = [];
  return {
    kind: 'download',
    write: async (text) => {
      parts.push(new Blob([text]));
    },
    close: async () => {
      downloadBlob(new Blob(parts, { type: 'text/csv;charset=utf-8' }), fileName);
      parts = [];
    },
    abort: async () => {
      parts = [];
    },
  };
}
