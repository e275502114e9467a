import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { WORKSPACE_ROOT, runCommand } from './run-command';

// `nx affected -t deploy` ships what a change touches. The expected sets are read from the
// sources' own import lines, not from nx, so nx's graph is checked against the code. Like nx, they
// count a project's test files: a lib its tests import marks it affected. `serverless deploy
// function` then skips a function whose zip has the deployed CodeSha256 ("Code did not change"),
// so a function reached through its tests only is checked, not re-shipped.

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Every deployable project (functions, the dashboard) and every lib: its folder and imports. */
async function workspacePackages(): Promise<Map<string, { dir: string; imports: Set<string> }>> {
  const dirs = [
    'apps/web',
    ...(await readdir(join(WORKSPACE_ROOT, 'apps/functions'))).map(
      (name) => `apps/functions/${name}`,
    ),
    ...(
      await Promise.all(
        (await readdir(join(WORKSPACE_ROOT, 'libs'))).map(async (scope) =>
          (await readdir(join(WORKSPACE_ROOT, 'libs', scope))).map(
            (name) => `libs/${scope}/${name}`,
          ),
        ),
      )
    ).flat(),
  ];
  const packages = new Map<string, { dir: string; imports: Set<string> }>();
  for (const dir of dirs) {
    const manifest = await readFile(join(WORKSPACE_ROOT, dir, 'package.json'), 'utf8').catch(
      () => '',
    );
    if (!manifest) continue;
    const imports = new Set<string>();
    const files = [
      ...(await sourceFiles(join(WORKSPACE_ROOT, dir, 'src'))),
      ...(await sourceFiles(join(WORKSPACE_ROOT, dir, 'e2e'))),
    ];
    for (const file of files) {
      for (const match of (await readFile(file, 'utf8')).matchAll(/from '(@fleet\/[\w-]+)/g)) {
        if (match[1]) imports.add(match[1]);
      }
    }
    packages.set((JSON.parse(manifest) as { name: string }).name, { dir, imports });
  }
  return packages;
}

/** The deployable projects (nx names) that import `lib`, directly or through other libs. */
async function dependentsOf(lib: string): Promise<string[]> {
  const packages = await workspacePackages();
  const reached = new Set([lib]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [name, { imports }] of packages) {
      if (!reached.has(name) && [...imports].some((imported) => reached.has(imported))) {
        reached.add(name);
        grew = true;
      }
    }
  }
  return [...reached]
    .map((name) => packages.get(name)?.dir ?? '')
    .filter((dir) => dir.startsWith('apps/'))
    .map((dir) => (dir === 'apps/web' ? 'web' : dir.replace('apps/functions/', '')))
    .sort();
}

async function affectedDeploys(file: string): Promise<string[]> {
  const stdout = await runCommand('npx', [
    'nx',
    'show',
    'projects',
    '--affected',
    `--files=${file}`,
    '--withTarget=deploy',
    '--json',
  ]);
  return (JSON.parse(stdout) as string[]).sort();
}

describe('nx affected -t deploy', () => {
  it('deploys exactly the functions that use a touched lib', async () => {
    const expected = await dependentsOf('@fleet/metrics-cloudwatch');

    expect(expected).toEqual(expect.arrayContaining(['get-instance-metrics']));
    expect(expected).not.toContain('list-instances');
    expect(await affectedDeploys('libs/metrics/cloudwatch/src/index.ts')).toEqual(expected);
  }, 120_000);

  it('deploys the dashboard and every function when the contract they share changes', async () => {
    const expected = await dependentsOf('@fleet/contract');

    expect(expected).toEqual(expect.arrayContaining(['web', 'list-instances']));
    expect(await affectedDeploys('libs/shared/contract/src/index.ts')).toEqual(expected);
  }, 120_000);

  it('deploys one function alone when only its handler changes', async () => {
    expect(await affectedDeploys('apps/functions/get-instance/src/handler.ts')).toEqual([
      'get-instance',
    ]);
  }, 120_000);
});
