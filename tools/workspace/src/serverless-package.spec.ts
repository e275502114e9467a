import { execFile } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { WORKSPACE_ROOT, runCommand } from './run-command';

interface Template {
  Resources: Record<string, { Type: string; Properties: Record<string, unknown> }>;
}

const OUT = join(WORKSPACE_ROOT, 'tmp/serverless-package');

async function zipEntries(zip: string): Promise<string[]> {
  const { stdout } = await promisify(execFile)('unzip', ['-Z1', zip]);
  return stdout.split('\n').filter((line) => line.length > 0);
}

describe('serverless package (no AWS credentials)', () => {
  let template: Template;
  let functions: string[];

  beforeAll(async () => {
    await runCommand('npx', ['serverless', 'package', '--stage', 'prod', '--package', OUT], {
      AWS_ACCESS_KEY_ID: '',
      AWS_SECRET_ACCESS_KEY: '',
      AWS_PROFILE: '',
    });
    template = JSON.parse(
      await readFile(join(OUT, 'cloudformation-template-update-stack.json'), 'utf8'),
    ) as Template;
    functions = Object.values(template.Resources)
      .filter((resource) => resource.Type === 'AWS::Lambda::Function')
      .map((resource) =>
        (resource.Properties['FunctionName'] as string).replace(/^fleet-console-prod-/, ''),
      );
  }, 120_000);

  it('writes one zip per function, each holding one bundled handler and its source map', async () => {
    const zips = (await readdir(OUT)).filter((file) => file.endsWith('.zip')).sort();

    expect(zips).toEqual(functions.map((name) => `${name}.zip`).sort());
    for (const zip of zips) {
      const name = zip.replace(/\.zip$/, '');
      expect((await zipEntries(join(OUT, zip))).sort()).toEqual([
        `apps/functions/${name}/src/handler.js`,
        `apps/functions/${name}/src/handler.js.map`,
      ]);
    }
  });

  it('runs every function on nodejs22.x', () => {
    const runtimes = Object.values(template.Resources)
      .filter((resource) => resource.Type === 'AWS::Lambda::Function')
      .map((resource) => resource.Properties['Runtime']);

    expect(new Set(runtimes)).toEqual(new Set(['nodejs22.x']));
  });

  it('gives every function a role of its own', () => {
    const roles = Object.values(template.Resources)
      .filter((resource) => resource.Type === 'AWS::Lambda::Function')
      .map((resource) => JSON.stringify(resource.Properties['Role']));

    expect(new Set(roles).size).toBe(functions.length);
  });
});
