import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The workspace root: infra/ and dist/ are found from here whatever the working directory. */
export const WORKSPACE_ROOT = resolve(__dirname, '../../../..');

/** Reads a file of infra/edge, the definitions CloudFront is deployed with. */
export function readEdgeFile(name: string): string {
  return readFileSync(join(WORKSPACE_ROOT, 'infra/edge', name), 'utf8');
}
