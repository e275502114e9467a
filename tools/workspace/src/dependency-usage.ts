import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// What "used" means for a pinned package (docs/architecture.md, "Dependencies"):
// - imported: named by an import, export … from, import() or require() in a tracked source file;
// - run: one of its bins is run by an npm script, an Nx target or the CI script;
// - configured: its name stands in a config file (jest, eslint, serverless, tsconfig types, …);
// - a peer: a used package declares it as a peer dependency (types included: `@types/x` of a
//   used `x`).

const SOURCE = /\.(ts|tsx|mts|cts|js|mjs|cjs)$/;
const CONFIGS =
  /(^|\/)(jest\.config\.[cm]?js|eslint\.config\.mjs|serverless\.yml|function\.yml|tsconfig[\w.]*\.json|nx\.json|vite\.config\.ts|project\.json|\.ci\/run)$/;
const SPECIFIER = /(?:from\s+|import\s*\(\s*|require\s*\(\s*|import\s+)['"]([^'"./][^'"]*)['"]/g;

/** Why a package counts as used, or undefined if nothing uses it. */
export type Use = 'imported' | 'run' | 'configured' | 'peer' | undefined;

interface Manifest {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  bin?: string | Record<string, string>;
  scripts?: Record<string, string>;
}

function manifest(path: string): Manifest {
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
}

/** `@scope/name/sub/path` → `@scope/name`; `name/sub` → `name`; `node:fs` → undefined. */
export function packageOf(specifier: string): string | undefined {
  if (specifier.startsWith('node:')) return undefined;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** The package a `@types/…` package types: `@types/aws-lambda` → `aws-lambda`, `@types/a__b` → `@a/b`. */
function typesTarget(name: string): string | undefined {
  if (!name.startsWith('@types/')) return undefined;
  const bare = name.slice('@types/'.length);
  return bare.includes('__') ? `@${bare.replace('__', '/')}` : bare;
}

function binsOf(root: string, name: string): string[] {
  const path = join(root, 'node_modules', name, 'package.json');
  if (!existsSync(path)) return [];
  const { bin } = manifest(path);
  if (!bin) return [];
  return typeof bin === 'string' ? [name.split('/').pop() ?? name] : Object.keys(bin);
}

function peersOf(root: string, name: string): string[] {
  const path = join(root, 'node_modules', name, 'package.json');
  return existsSync(path) ? Object.keys(manifest(path).peerDependencies ?? {}) : [];
}

/**
 * Every package the root package.json pins, with why it counts as used (undefined: unused).
 *
 * @example
 * usageOfDependencies(root).get('jest'); // 'run'
 */
export function usageOfDependencies(root: string): Map<string, Use> {
  const pkg = manifest(join(root, 'package.json'));
  const pinned = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies });
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
  })
    .split('\n')
    .filter((file) => file && existsSync(join(root, file)));

  const imported = new Set<string>();
  for (const file of files.filter((name) => SOURCE.test(name))) {
    for (const [, specifier = ''] of readFileSync(join(root, file), 'utf8').matchAll(SPECIFIER)) {
      const name = packageOf(specifier);
      if (name) imported.add(name);
    }
  }
  const configText = files
    .filter((file) => CONFIGS.test(file))
    .map((file) => readFileSync(join(root, file), 'utf8'))
    .join('\n');
  const commands = [
    ...Object.values(pkg.scripts ?? {}),
    ...[...configText.matchAll(/"command":\s*"([^"]+)"/g)].map(([, command = '']) => command),
    readFileSync(join(root, '.ci/run'), 'utf8'),
  ].join('\n');
  const typesNamed = new Set(
    [...configText.matchAll(/"types":\s*\[([^\]]*)\]/g)].flatMap(([, list = '']) =>
      [...list.matchAll(/"([^"]+)"/g)].map(([, name]) => `@types/${name}`),
    ),
  );

  const uses = new Map<string, Use>();
  for (const name of pinned) {
    const typed = typesTarget(name);
    const word = (text: string, term: string): boolean =>
      new RegExp(
        `(^|[\\s'"/(])${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[\\s'"/)])`,
        'm',
      ).test(text);
    if (imported.has(name) || (typed && imported.has(typed))) uses.set(name, 'imported');
    else if (binsOf(root, name).some((bin) => word(commands, bin))) uses.set(name, 'run');
    else if (typesNamed.has(name) || word(configText, name)) uses.set(name, 'configured');
  }
  // Peers (and @types of used packages) of what is used, until nothing new turns up.
  let grew = true;
  while (grew) {
    grew = false;
    for (const name of pinned.filter((candidate) => !uses.get(candidate))) {
      const peerOfUsed = [...uses.entries()].some(
        ([used, use]) => use && (peersOf(root, used).includes(name) || typesTarget(name) === used),
      );
      if (peerOfUsed) {
        uses.set(name, 'peer');
        grew = true;
      }
    }
  }
  return new Map(pinned.map((name) => [name, uses.get(name)]));
}
