import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { NO_AWS_CREDENTIALS } from './packaged-stack';
import { WORKSPACE_ROOT, runCommand } from './run-command';

interface Graph {
  graph: {
    nodes: Record<
      string,
      {
        data: {
          root: string;
          tags?: string[];
          targets?: Record<string, { options?: { command?: string } }>;
        };
      }
    >;
    dependencies: Record<string, { target: string }[]>;
  };
}

describe('project graph', () => {
  let graph: Graph['graph'];
  let functions: string[];

  beforeAll(async () => {
    const file = join(WORKSPACE_ROOT, 'tmp/graph.json');
    await runCommand('npx', ['nx', 'graph', `--file=${file}`]);
    graph = (JSON.parse(await readFile(file, 'utf8')) as Graph).graph;
    functions = Object.keys(graph.nodes).filter((name) =>
      graph.nodes[name]?.data.tags?.includes('kind:function'),
    );
  }, 60_000);

  it('holds every function as its own project', () => {
    expect(functions).toEqual(expect.arrayContaining(['list-instances', 'get-instance']));
  });

  it('has each function depend on the libs it uses and on no other function', () => {
    for (const name of functions) {
      const targets = (graph.dependencies[name] ?? [])
        .map((dependency) => dependency.target)
        .filter((target) => graph.nodes[target]);

      // The kit directly, or through a kit for one kind of function (the action kit).
      const kit = graph.nodes[name]?.data.tags?.includes('scope:actions')
        ? 'actions-function'
        : 'lambda-kit';
      expect(targets).toEqual(expect.arrayContaining([kit, 'contract']));
      expect(targets.filter((target) => functions.includes(target))).toEqual([]);
    }
  });

  it('gives each function a deploy target that ships that function alone', () => {
    for (const name of functions) {
      const command = graph.nodes[name]?.data.targets?.['deploy']?.options?.command;

      expect(command).toBe(`serverless deploy function --function ${name} --stage {args.stage}`);
    }
  });

  it('resolves the deploy command with the stage given on the command line', async () => {
    // Really runs `nx deploy`, with every way to AWS closed: no credentials of any kind, and all
    // endpoints on a dead loopback port. Serverless names what it would deploy, then stops.
    const noAws = {
      ...NO_AWS_CREDENTIALS,
      AWS_CONTAINER_CREDENTIALS_RELATIVE_URI: '',
      AWS_CONTAINER_CREDENTIALS_FULL_URI: '',
      AWS_WEB_IDENTITY_TOKEN_FILE: '',
      AWS_ENDPOINT_URL: 'http://127.0.0.1:9',
      NX_TUI: 'false',
      // A non-local stage names the dashboard's origin (infra/stage-params.cjs).
      FLEET_DASHBOARD_ORIGIN: 'https://fleet.example.com',
    };

    const output = await runCommand(
      'npx',
      [
        'nx',
        'run',
        'list-instances:deploy',
        '--stage=prod',
        '--skip-nx-cache',
        '--outputStyle=stream',
      ],
      noAws,
    ).catch((error: { stdout?: string }) => error.stdout ?? '');

    expect(output).toContain('Deploying function list-instances to stage prod');
    expect(output).toContain('credentials not found');
  });
});
