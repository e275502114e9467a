import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { WORKSPACE_ROOT, runCommand } from './run-command';

// Fixtures: code that must never pass lint, linted as if it lived at `path`. They are kept as text
// (not files) so they never enter the project graph, the type check or a bundle. `ruleId` is the
// lint rule that holds the wall (module boundaries unless named).
const BOUNDARIES = '@nx/enforce-module-boundaries';
const forbidden: readonly {
  wall: string;
  path: string;
  code: string;
  rule: RegExp;
  ruleId?: string;
}[] = [
  {
    wall: 'a function importing react',
    path: 'apps/functions/list-instances/src/fixture.ts',
    code: "import { useState } from 'react';\nexport const fixture = useState;\n",
    rule: /platform:lambda.*not allowed to import "react"/,
  },
  {
    wall: 'a function importing MUI',
    path: 'apps/functions/get-instance/src/fixture.ts',
    code: "import Button from '@mui/material/Button';\nexport const fixture = Button;\n",
    rule: /not allowed to import "@mui\/material\/Button"/,
  },
  {
    wall: 'the dashboard importing a Lambda lib',
    path: 'apps/web/src/fixture.ts',
    code: "import { logger } from '@fleet/lambda-kit';\nexport const fixture = logger;\n",
    rule: /kind:app" can only depend on libs tagged with/,
  },
  {
    wall: 'the dashboard importing the EC2 client',
    path: 'apps/web/src/fixture.ts',
    code: "import { EC2Client } from '@aws-sdk/client-ec2';\nexport const fixture = EC2Client;\n",
    rule: /platform:browser.*not allowed to import "@aws-sdk\/client-ec2"/,
  },
  {
    wall: 'a function importing another function',
    path: 'apps/functions/list-instances/src/fixture.ts',
    code: "import { handler } from '@fleet/fn-get-instance';\nexport const fixture = handler;\n",
    rule: /Imports of apps are forbidden/,
  },
  {
    wall: 'production code importing the local AWS',
    path: 'libs/instances/ec2/src/fixture.ts',
    code: "import { createLocalAws } from '@fleet/local-aws';\nexport const fixture = createLocalAws;\n",
    rule: /kind:data-access" can only depend on libs tagged with/,
  },
  {
    wall: 'domain rules importing the AWS SDK',
    path: 'libs/instances/domain/src/fixture.ts',
    code: "import { EC2Client } from '@aws-sdk/client-ec2';\nexport const fixture = EC2Client;\n",
    rule: /platform:any.*not allowed to import "@aws-sdk\/client-ec2"/,
  },
  {
    wall: 'the contract importing another lib of ours',
    path: 'libs/shared/contract/src/fixture.ts',
    code: "import { HttpError } from '@fleet/lambda-kit';\nexport const fixture = HttpError;\n",
    // Every lib builds on the contract, so Nx reports the cycle before the tag rule.
    rule: /kind:contract" can only depend on libs tagged with|Circular dependency between "contract"/,
  },
  {
    wall: 'the contract importing full zod instead of zod/mini',
    path: 'libs/shared/contract/src/fixture.ts',
    code: "import { z } from 'zod';\nexport const fixture = z;\n",
    rule: /not allowed to import "zod"/,
  },
  {
    wall: 'a part of the product building on a scope it does not declare',
    path: 'apps/functions/list-instances/src/fixture.ts',
    code: "import { choosePeriod } from '@fleet/metrics-domain';\nexport const fixture = choosePeriod;\n",
    rule: /"scope:instances" can only depend on libs tagged with "scope:instances", "scope:shared"/,
  },
  {
    wall: 'a testing lib importing a tool',
    path: 'libs/shared/testing/src/fixture.ts',
    // A tool that does not use the testing lib itself (the launcher's tests and the local AWS's
    // benches do): importing one of those back is reported as a cycle before the tag constraint.
    code: "import { OPENAPI_FILE } from '@fleet/openapi';\nexport const fixture = OPENAPI_FILE;\n",
    rule: /"kind:testing" can only depend on libs tagged with/,
  },
  {
    wall: 'a handler of more than 40 lines',
    path: 'apps/functions/list-instances/src/handler.ts',
    code: Array.from({ length: 41 }, (_, line) => `export const line${line} = ${line};`).join('\n'),
    rule: /too many lines \(41\)\. Maximum allowed is 40/,
    ruleId: 'max-lines',
  },
  {
    wall: 'an action handler of more than 15 lines',
    path: 'apps/functions/stop-instances/src/handler.ts',
    code: [
      "import { defineInstanceAction } from '@fleet/actions-function';",
      ...Array.from({ length: 15 }, (_, line) => `export const line${line} = ${line};`),
      'export const handler = defineInstanceAction;',
      '',
    ].join('\n'),
    rule: /this one has 17 lines, at most 15/,
    ruleId: 'fleet/action-handler-lines',
  },
  {
    wall: "a page reaching into a web feature's internals",
    path: 'apps/web/src/app/routes/fixture.tsx',
    code: "import { InstancesTable } from '../../features/instances/components/instances-table';\nexport const fixture = InstancesTable;\n",
    rule: /reaches into the instances feature's internals/,
    ruleId: 'fleet/feature-public-index',
  },
  {
    wall: "a web feature reaching into another feature's internals",
    path: 'apps/web/src/features/actions/components/fixture.tsx',
    code: "import { PermittedAction } from '../../auth/components/permitted-action';\nexport const fixture = PermittedAction;\n",
    rule: /reaches into the auth feature's internals/,
    ruleId: 'fleet/feature-public-index',
  },
];

const allowed = [
  {
    path: 'apps/functions/list-instances/src/fixture.ts',
    code: "import { defineHttpFunction } from '@fleet/lambda-kit';\nimport { pageInstances } from '@fleet/instances-domain';\nexport const fixture = [defineHttpFunction, pageInstances];\n",
  },
  {
    // Through the public index, and a feature's own internals.
    path: 'apps/web/src/features/actions/components/fixture.tsx',
    code: "import { PermittedAction } from '../../auth';\nimport { useSelection } from '../hooks/use-selection';\nexport const fixture = [PermittedAction, useSelection];\n",
  },
];

function lintAll(fixtures: readonly { path: string; code: string }[]): string[][] {
  const result = spawnSync(process.execPath, [join(__dirname, 'lint-text.mjs')], {
    cwd: WORKSPACE_ROOT,
    input: JSON.stringify(
      fixtures.map(({ path, code }) => ({ path: join(WORKSPACE_ROOT, path), code })),
    ),
    encoding: 'utf8',
    env: { ...process.env, NX_DAEMON: 'false' },
  });
  if (result.status !== 0) throw new Error(`eslint failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as string[][];
}

describe('module boundaries', () => {
  let messages: string[][];

  beforeAll(async () => {
    // The lint rule reads Nx's cached project graph: make sure it knows every project.
    await runCommand('npx', ['nx', 'show', 'projects']);
    messages = lintAll([...forbidden, ...allowed]);
  }, 60_000);

  it.each(forbidden.map((fixture, index) => ({ ...fixture, index })))(
    'refuses $wall',
    ({ index, rule, ruleId = BOUNDARIES }) => {
      const found = messages[index] ?? [];

      expect(found.some((message) => message.startsWith(`${ruleId}: `) && rule.test(message))).toBe(
        true,
      );
    },
  );

  it('lets a function import the libs it is meant to build on', () => {
    expect(messages[forbidden.length]).toEqual([]);
  });

  it("lets a web feature use another's public index and its own internals", () => {
    expect(messages[forbidden.length + 1]).toEqual([]);
  });
});
