import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readProjectConfiguration, type Tree } from '@nx/devkit';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
const functionGenerator = require('./generator.cjs') as (
  tree: Tree,
  options: Record<string, string>,
) => Promise<unknown>;

const WORKSPACE = join(__dirname, '../../../..');

const SERVERLESS_YML = [
  'service: fleet-console',
  'functions:',
  '  - ${file(apps/functions/list-instances/function.yml)}',
  '',
  'resources:',
  '  Resources: {}',
  '',
].join('\n');

describe('function generator', () => {
  let tree: Tree;

  // The generator's formatFiles cannot format inside jest: it loads the formatter with a dynamic
  // import(), which jest's CommonJS runtime refuses, and it warned so on every case (with oxfmt,
  // Nx's default for an empty workspace). Skipped here, as Nx lets one; `nx g` formats with the
  // workspace's prettier.
  const formatSetting = process.env.NX_SKIP_FORMAT;
  beforeAll(() => {
    process.env.NX_SKIP_FORMAT = 'true';
  });
  afterAll(() => {
    if (formatSetting === undefined) delete process.env.NX_SKIP_FORMAT;
    else process.env.NX_SKIP_FORMAT = formatSetting;
  });

  beforeEach(() => {
    tree = createTreeWithEmptyWorkspace();
    tree.write('serverless.yml', SERVERLESS_YML);
  });

  it('creates a project with the targets every function has', async () => {
    await functionGenerator(tree, {
      name: 'stop-instances',
      method: 'post',
      path: 'instances/stop',
      scope: 'actions',
      description: '',
    });

    const project = readProjectConfiguration(tree, 'stop-instances');
    expect(project.tags).toEqual(['kind:function', 'scope:actions', 'platform:lambda']);
    expect(Object.keys(project.targets ?? {}).sort()).toEqual([
      'build',
      'deploy',
      'lint',
      'test',
      'typecheck',
    ]);
    expect(project.targets?.['deploy']?.command).toBe(
      'serverless deploy function --function stop-instances --stage {args.stage}',
    );
  });

  it('writes a kit-wrapped handler, an HTTP test and a function.yml with its route', async () => {
    await functionGenerator(tree, {
      name: 'stop-instances',
      method: 'post',
      path: 'instances/stop',
      scope: 'actions',
      description: '',
      permission: 'instances:stop',
    });

    const handler = tree.read('apps/functions/stop-instances/src/handler.ts', 'utf-8');
    expect(handler).toContain('export const handler = defineHttpFunction(spec, stopInstances);');
    expect(handler).toContain("const spec = { permission: 'instances:stop' } as const;");
    expect(tree.read('apps/functions/stop-instances/src/handler.int.spec.ts', 'utf-8')).toContain(
      "callApi('/instances/stop', { method: 'POST' }, { as: 'admin' })",
    );
    const yml = tree.read('apps/functions/stop-instances/function.yml', 'utf-8');
    expect(yml).toContain('handler: apps/functions/stop-instances/src/handler.handler');
    expect(yml).toMatch(
      /method: post\s+path: instances\/stop\s+cors: true\s+authorizer: \$\{self:custom.authorizer\}/,
    );
  });

  it('lists the function in serverless.yml after the others, leaving later sections in place', async () => {
    await functionGenerator(tree, {
      name: 'stop-instances',
      method: 'post',
      path: 'instances/stop',
      scope: 'actions',
      description: '',
    });

    expect(tree.read('serverless.yml', 'utf-8')).toBe(
      SERVERLESS_YML.replace(
        '  - ${file(apps/functions/list-instances/function.yml)}\n',
        '  - ${file(apps/functions/list-instances/function.yml)}\n  - ${file(apps/functions/stop-instances/function.yml)}\n',
      ),
    );
  });

  it('refuses to overwrite an existing function', async () => {
    tree.write('apps/functions/stop-instances/src/handler.ts', '');

    await expect(
      functionGenerator(tree, {
        name: 'stop-instances',
        method: 'post',
        path: 'instances/stop',
        scope: 'actions',
        description: '',
      }),
    ).rejects.toThrow(/already exists/);
  });
  it('makes an action function from one defineInstanceAction call, tested over the shared action fixture', async () => {
    await functionGenerator(tree, {
      name: 'restart-agent',
      kind: 'action',
      action: 'reboot',
      path: 'instances/restart-agent',
      scope: 'actions',
      description: '',
      permission: 'instances:reboot',
    });

    const handler = tree.read('apps/functions/restart-agent/src/handler.ts', 'utf-8') ?? '';
    expect(handler).toContain('export const handler = defineInstanceAction({');
    expect(handler).toContain("action: 'reboot',");
    expect(handler).toContain("permission: 'instances:reboot',");
    expect(handler.split('\n').length).toBeLessThanOrEqual(15);
    const suite = tree.read('apps/functions/restart-agent/src/handler.int.spec.ts', 'utf-8') ?? '';
    expect(suite).toContain("actionRoute('/instances/restart-agent'");
    expect(suite).toContain("ec2Action: 'RebootInstances',");
    expect(suite).toContain('itDeniesAndRecords(route');
    const yml = tree.read('apps/functions/restart-agent/function.yml', 'utf-8');
    expect(yml).toMatch(/method: post\s+path: instances\/restart-agent/);
    expect(yml).toContain('- ec2:RebootInstances');
  });

  it("gives an action function the role and settings of the house's own actions", async () => {
    const reboot = readFileSync(
      join(WORKSPACE, 'apps/functions/reboot-instances/function.yml'),
      'utf-8',
    );

    await functionGenerator(tree, {
      name: 'reboot-instances',
      kind: 'action',
      action: 'reboot',
      path: 'instances/reboot',
      scope: 'actions',
      description: 'POST /instances/reboot — reboot instances',
      permission: 'instances:reboot',
    });

    expect(tree.read('apps/functions/reboot-instances/function.yml', 'utf-8')).toBe(reboot);
  });

  it('refuses an action function without its action', async () => {
    await expect(
      functionGenerator(tree, {
        name: 'restart-agent',
        kind: 'action',
        path: 'instances/restart-agent',
        scope: 'actions',
        description: '',
      }),
    ).rejects.toThrow(/--action/);
  });
});
