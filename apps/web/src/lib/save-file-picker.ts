/** The File System Access API's save dialog (Chromium), absent from TypeScript's DOM types. */
type ShowSaveFilePicker = (options: {
  suggestedName: string;
  types: { description: string; accept: Record<string, string[]> }[];
}) => Promise<FileSystemFileHandle>;

/**
 * Asks where to save a CSV file, where the browser can write files (Chromium): the handle to
 * stream to, or `null` where it cannot (then download instead). Call it straight from the click:
 * the dialog needs the user's gesture. Rejects with an `AbortError` when the user closes the
 * dialog without choosing.
 *
 * @example
 * const handle = await pickCsvFile('instances.csv'); // null in Firefox and Safari
 */
export function pickCsvFile(suggestedName: string): Promise<FileSystemFileHandle | null> {
  const picker = (window as { showSaveFilePicker?: ShowSaveFilePicker }).showSaveFilePicker;
  if (typeof picker !== 'function') return Promise.resolve(null);
  return picker.call(window, {
    suggestedName,
    types: [{ description: 'CSV file', accept: { 'text/csv': ['.csv'] } }],
  });
}

/** The dialog was closed without a choice: not a failure, nothing to report. */
export function isPickerCancel(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
