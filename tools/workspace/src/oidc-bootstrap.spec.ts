import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { WORKSPACE_ROOT } from './run-command';

// infra/bootstrap/github-oidc.yml: deployed once per account, so read as data here.

interface Statement {
  Sid?: string;
  Effect: string;
  Action: string | string[];
  Resource?: unknown;
  Principal?: unknown;
  Condition?: Record<string, Record<string, unknown>>;
}
interface Role {
  Type: string;
  Properties: {
    AssumeRolePolicyDocument: { Statement: Statement[] };
    Policies: { PolicyDocument: { Statement: Statement[] } }[];
  };
}

describe('the OIDC bootstrap template', () => {
  let resources: Record<string, Role & { Properties: Record<string, unknown> }>;
  let workflow: string;

  beforeAll(async () => {
    const template = parse(
      await readFile(join(WORKSPACE_ROOT, 'infra/bootstrap/github-oidc.yml'), 'utf8'),
    ) as { Resources: typeof resources };
    resources = template.Resources;
    workflow = await readFile(join(WORKSPACE_ROOT, '.github/workflows/ship.yml'), 'utf8');
  });

  it("trusts GitHub's OIDC issuer for the STS audience", () => {
    expect(resources['GitHubOidcProvider']?.Properties).toEqual({
      Url: 'https://token.actions.githubusercontent.com',
      ClientIdList: ['sts.amazonaws.com'],
    });
  });

  it("lets only this repository's deploy environments assume the deploy role", () => {
    const [trust] = resources['DeployRole']?.Properties.AssumeRolePolicyDocument.Statement ?? [];
    const subjects =
      trust?.Condition?.['StringEquals']?.['token.actions.githubusercontent.com:sub'];
    const environments = [...workflow.matchAll(/^\s+environment: (\S+)$/gm)].map(
      (match) => match[1],
    );

    expect(trust?.Action).toBe('sts:AssumeRoleWithWebIdentity');
    expect(trust?.Condition?.['StringEquals']?.['token.actions.githubusercontent.com:aud']).toBe(
      'sts.amazonaws.com',
    );
    expect(trust?.Condition?.['StringLike']).toBeUndefined();
    expect(subjects).toEqual(
      environments.map((environment) => ({
        'Fn::Sub': `repo:\${GitHubRepository}:environment:${environment}`,
      })),
    );
  });

  it('creates no user and no access key', () => {
    const types = Object.values(resources).map((resource) => resource.Type);

    expect(types).not.toContain('AWS::IAM::User');
    expect(types).not.toContain('AWS::IAM::AccessKey');
  });

  it('lets the deploy role pass no role but the CloudFormation execution role, and only to CloudFormation', () => {
    const statements = resources['DeployRole']?.Properties.Policies.flatMap(
      (policy) => policy.PolicyDocument.Statement,
    );
    const passRole = statements?.filter((statement) =>
      [statement.Action].flat().includes('iam:PassRole'),
    );

    expect(passRole).toEqual([
      expect.objectContaining({
        Resource: { 'Fn::GetAtt': ['CloudFormationExecutionRole', 'Arn'] },
        Condition: { StringEquals: { 'iam:PassedToService': 'cloudformation.amazonaws.com' } },
      }),
    ]);
    for (const statement of statements ?? []) {
      expect({
        sid: statement.Sid,
        wildcard: [statement.Action].flat().some((action) => action.endsWith(':*')),
      }).toEqual({
        sid: statement.Sid,
        wildcard: false,
      });
    }
  });
});
