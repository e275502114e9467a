import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { replaceBlock } from './markdown';
import { readFunctions } from './read-functions';
import { readMiddyChain } from './read-middy-chain';
import { readProjects } from './read-projects';
import {
  functionsTable,
  middyChainTable,
  projectsTable,
  rolesTable,
  systemDiagram,
} from './render';

/** A doc file as it is on disk and as the code says it should be. */
export interface GeneratedDoc {
  readonly file: string;
  readonly current: string;
  readonly expected: string;
}

/**
 * Every generated block of the docs, rendered from the code: the files they live in, as they are
 * and as they should be (prettier-formatted, as `npm run check` wants them).
 *
 * @example
 * const stale = (await generateDocs(root)).filter((doc) => doc.current !== doc.expected);
 */
export async function generateDocs(root: string): Promise<GeneratedDoc[]> {
  const functions = readFunctions(root);
  const blocks: Record<string, Record<string, string>> = {
    'README.md': {
      diagram: systemDiagram(functions),
      libs: projectsTable(readProjects(root, 'libs')),
      tools: projectsTable(readProjects(root, 'tools')),
    },
    'docs/architecture.md': {
      functions: functionsTable(functions),
      libs: projectsTable(readProjects(root, 'libs')),
      'middy-chain': middyChainTable(readMiddyChain(root)),
      'roles-routes': rolesTable(functions),
    },
  };
  return Promise.all(
    Object.entries(blocks).map(async ([file, contents]) => {
      const path = join(root, file);
      const current = readFileSync(path, 'utf8');
      const replaced = Object.entries(contents).reduce(
        (text, [name, content]) => replaceBlock(text, name, content),
        current,
      );
      const options = { ...(await resolveConfig(path)), filepath: path };
      return { file, current, expected: await format(replaced, options) };
    }),
  );
}
