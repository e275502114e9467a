/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break, quotes doubled. A
 * leading `=`, `+`, `-` or `@` is prefixed with `'` so a spreadsheet does not run it as a formula.
 *
 * @example
 * csvField('say "hi", then go'); // '"say ""hi"", then go"'
 */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Hands a file to the browser's downloads.
 *
 * @example
 * downloadBlob(new Blob(['a,b\r\n'], { type: 'text/csv' }), 'rows.csv');
 */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The download has its own reference to the blob by now; the URL may go.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
