import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { WORKSPACE_ROOT } from './run-command';

const POWERTOOLS = 'node_modules/@aws-lambda-powertools/';

interface Lock {
  packages: Record<string, { version?: string }>;
}

async function lockedPowertools(): Promise<[string, string][]> {
  const lock = JSON.parse(
    await readFile(join(WORKSPACE_ROOT, 'package-lock.json'), 'utf8'),
  ) as Lock;
  return Object.entries(lock.packages)
    .filter(([path]) => path.includes(POWERTOOLS))
    .map(([path, entry]) => [path, entry.version ?? '']);
}

// Every installed copy of commons, wherever npm nested it under a Powertools package.
async function installedCommons(): Promise<string[]> {
  const root = join(WORKSPACE_ROOT, POWERTOOLS);
  const packages = await readdir(root);
  const nested = await Promise.all(
    packages.map(async (name) => {
      const inner = join(root, name, POWERTOOLS, 'commons');
      return (await readdir(inner)
        .then(() => [inner])
        .catch(() => [])) as string[];
    }),
  );
  return [...(packages.includes('commons') ? [join(root, 'commons')] : []), ...nested.flat()];
}

describe('Powertools for AWS Lambda', () => {
  it('is locked at one version for every package', async () => {
    const versions = new Set((await lockedPowertools()).map(([, version]) => version));

    expect([...versions]).toHaveLength(1);
  });

  it('has exactly one copy of its commons in the lock and on disk', async () => {
    const locked = (await lockedPowertools()).filter(([path]) => path.endsWith('/commons'));

    expect(locked.map(([path]) => path)).toEqual([`${POWERTOOLS}commons`]);
    expect(await installedCommons()).toHaveLength(1);
  });
});
