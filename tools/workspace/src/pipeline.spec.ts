import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { readmePackageCommand } from './packaged-stack';
import { WORKSPACE_ROOT } from './run-command';

// The pipeline cannot run here: its file is checked as data — triggers, job graph, permissions.

interface Step {
  uses?: string;
  run?: string;
  if?: string;
  id?: string;
  with?: Record<string, unknown>;
}
interface Job {
  needs?: string | string[];
  if?: string;
  environment?: string;
  permissions?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  on: Record<string, { branches?: string[]; tags?: string[] } | null>;
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
}

const needsOf = (job: Job | undefined): string[] => [job?.needs ?? []].flat();
const runs = (job: Job | undefined): string[] =>
  (job?.steps ?? []).flatMap((step) => (step.run ? [step.run] : []));

describe('the GitHub Actions pipeline (.github/workflows/ship.yml)', () => {
  let text: string;
  let workflow: Workflow;

  beforeAll(async () => {
    text = await readFile(join(WORKSPACE_ROOT, '.github/workflows/ship.yml'), 'utf8');
    workflow = parse(text) as Workflow;
  });

  it('runs on pull requests, on pushes to main and on version tags, never on pull_request_target', () => {
    expect(Object.keys(workflow.on).sort()).toEqual(['pull_request', 'push']);
    expect(workflow.on['push']).toEqual({ branches: ['main'], tags: ['v*'] });
  });

  it('tests first, packages after the tests, and deploys only a packaged build', () => {
    const { test, package: pack, 'deploy-dev': dev, 'deploy-prod': prod } = workflow.jobs;

    expect(Object.keys(workflow.jobs).sort()).toEqual([
      'deploy-dev',
      'deploy-prod',
      'package',
      'test',
    ]);
    expect(needsOf(test)).toEqual([]);
    expect(needsOf(pack)).toEqual(['test']);
    expect(needsOf(dev)).toEqual(['package']);
    expect(needsOf(prod)).toEqual(['package']);
    expect(runs(test)).toEqual(['npm ci', 'npm test']);
  });

  it("packages the stack with README.md's command", async () => {
    const readme = (await readmePackageCommand()).join(' ');
    const packageRun = runs(workflow.jobs['package']).find((run) =>
      run.includes('serverless package'),
    );

    expect(packageRun?.replace(/"/g, '').startsWith(readme)).toBe(true);
  });

  it('fetches the whole history wherever an affected base is computed', () => {
    for (const name of ['test', 'deploy-dev']) {
      const checkout = workflow.jobs[name]?.steps.find((step) =>
        step.uses?.startsWith('actions/checkout@'),
      );
      expect({ name, depth: checkout?.with?.['fetch-depth'] }).toEqual({ name, depth: 0 });
    }
    expect(workflow.jobs['deploy-dev']?.steps.map((step) => step.uses)).toContain(
      'nrwl/nx-set-shas@v4',
    );
  });

  it('deploys to dev from main: the whole stack when the scope says so, else the affected projects', () => {
    const dev = workflow.jobs['deploy-dev'];
    const byScope = (scope: string): string[] =>
      (dev?.steps ?? [])
        .filter((step) => step.if === `steps.scope.outputs.scope == '${scope}'`)
        .map((step) => step.run ?? '');

    expect(dev?.if).toBe("github.event_name == 'push' && github.ref == 'refs/heads/main'");
    expect(dev?.environment).toBe('dev');
    expect(runs(dev)).toContain(
      'npx tsx tools/deploy/src/scope/cli.ts --base "$NX_BASE" --head "$NX_HEAD"',
    );
    expect(byScope('stack')).toEqual([
      'npx serverless deploy --stage dev --region "$AWS_REGION"',
      'npx nx deploy web --stage=dev',
    ]);
    expect(byScope('affected')).toEqual([
      'npx nx affected -t deploy --base="$NX_BASE" --head="$NX_HEAD" --parallel=1 --stage=dev',
    ]);
  });

  it('deploys the whole stack to prod on a tag, behind the approval of the production environment', () => {
    const prod = workflow.jobs['deploy-prod'];

    expect(prod?.if).toBe("github.event_name == 'push' && startsWith(github.ref, 'refs/tags/v')");
    expect(prod?.environment).toBe('production');
    expect(runs(prod)).toEqual([
      'npm ci',
      'npx serverless deploy --stage prod --region "$AWS_REGION"',
      'npx nx deploy web --stage=prod',
    ]);
  });

  it('reads the repository only, and lets only the deploy jobs ask for an OIDC token', () => {
    expect(workflow.permissions).toEqual({ contents: 'read' });
    for (const [name, job] of Object.entries(workflow.jobs)) {
      const oidc = job.permissions?.['id-token'] === 'write';
      expect({ name, oidc }).toEqual({ name, oidc: name.startsWith('deploy-') });
      for (const [scope, level] of Object.entries(job.permissions ?? {})) {
        if (scope !== 'id-token')
          expect({ name, scope, level }).toEqual({ name, scope, level: 'read' });
      }
    }
  });

  it('signs in to AWS by assuming the bootstrap role, with no long-lived keys', () => {
    for (const name of ['deploy-dev', 'deploy-prod']) {
      const signIn = workflow.jobs[name]?.steps.find((step) =>
        step.uses?.startsWith('aws-actions/configure-aws-credentials@'),
      );
      expect({ name, with: signIn?.with }).toEqual({
        name,
        with: {
          'role-to-assume': '${{ vars.AWS_DEPLOY_ROLE_ARN }}',
          'aws-region': '${{ vars.AWS_REGION }}',
        },
      });
    }
    expect(text).not.toMatch(
      /aws-access-key-id|aws-secret-access-key|AWS_SECRET_ACCESS_KEY|secrets\./,
    );
  });
});
