import { join, resolve } from 'node:path';
import { openApiDocument } from './openapi-document';

/** Where the description is checked in (generated: .prettierignore leaves it as written). */
export const OPENAPI_FILE = join(resolve(__dirname, '../../..'), 'docs/openapi.json');

/**
 * docs/openapi.json's text: the document as two-space JSON.
 *
 * @example
 * await writeFile(OPENAPI_FILE, openApiText());
 */
export function openApiText(): string {
  return `${JSON.stringify(openApiDocument(), null, 2)}\n`;
}
