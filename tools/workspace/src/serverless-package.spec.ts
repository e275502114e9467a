import { execFile } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { packagedStack, type Template } from './packaged-stack';

async function zipEntries(zip: string): Promise<string[]> {
  const { stdout } = await promisify(execFile)('unzip', ['-Z1', zip]);
  return stdout.split('\n').filter((line) => line.length > 0);
}

describe('serverless package (no AWS credentials)', () => {
  let template: Template;
  let functions: string[];
  let out: string;

  beforeAll(async () => {
    // README.md's own command, run once for every template test of this jest run.
    ({ dir: out, template } = await packagedStack());
    functions = Object.values(template.Resources)
      .filter((resource) => resource.Type === 'AWS::Lambda::Function')
      .map((resource) =>
        (resource.Properties['FunctionName'] as string).replace(/^fleet-console-prod-/, ''),
      );
  }, 300_000);

  it('writes one zip per function, each holding one bundled handler and its source map', async () => {
    const zips = (await readdir(out)).filter((file) => file.endsWith('.zip')).sort();

    expect(zips).toEqual(functions.map((name) => `${name}.zip`).sort());
    for (const zip of zips) {
      const name = zip.replace(/\.zip$/, '');
      expect((await zipEntries(join(out, zip))).sort()).toEqual([
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

  describe('actions and audit', () => {
    interface Statement {
      Effect: string;
      Action: string | string[];
      Resource: unknown;
      Condition?: unknown;
    }

    function statementsOf(fn: string): Statement[] {
      const resource = Object.values(template.Resources).find(
        (candidate) =>
          candidate.Type === 'AWS::Lambda::Function' &&
          candidate.Properties['FunctionName'] === `fleet-console-prod-${fn}`,
      );
      const roleId = (resource?.Properties['Role'] as { 'Fn::GetAtt': [string, string] })[
        'Fn::GetAtt'
      ][0];
      const policies = template.Resources[roleId]?.Properties['Policies'] as {
        PolicyDocument: { Statement: Statement[] };
      }[];
      return policies.flatMap((policy) => policy.PolicyDocument.Statement);
    }

    const actionsOf = (statement: Statement): string[] => [statement.Action].flat();
    const grants = (fn: string, action: string): Statement[] =>
      statementsOf(fn).filter((statement) => actionsOf(statement).includes(action));
    const onTable = (statement: Statement, table: string): boolean =>
      JSON.stringify(statement.Resource).includes(`"${table}"`);

    const EC2_ACTIONS: Record<string, string[]> = {
      'start-instances': ['ec2:StartInstances'],
      'stop-instances': ['ec2:StopInstances'],
      'reboot-instances': ['ec2:RebootInstances'],
      'terminate-instances': ['ec2:TerminateInstances'],
      'set-instance-protection': ['ec2:ModifyInstanceAttribute'],
      'resize-instances': ['ec2:ModifyInstanceAttribute'],
      'tag-instances': ['ec2:CreateTags', 'ec2:DeleteTags'],
      'set-instance-team': ['ec2:CreateTags', 'ec2:DeleteTags'],
    };

    it('gives each action function its own EC2 actions, on instance ARNs, and no other function any', () => {
      const mutating = Object.values(EC2_ACTIONS).flat();
      for (const fn of functions) {
        const held = statementsOf(fn)
          .flatMap(actionsOf)
          .filter((action) => mutating.includes(action));
        expect({ fn, held }).toEqual({ fn, held: EC2_ACTIONS[fn] ?? [] });
      }
      for (const [fn, actions] of Object.entries(EC2_ACTIONS)) {
        for (const statement of actions.flatMap((action) => grants(fn, action)))
          expect(JSON.stringify(statement.Resource)).toContain(':instance/*');
      }
    });

    it('gives the trace and health reads only their read call, and nothing else any X-Ray read', () => {
      // Beyond what every role holds: writing its own logs and trace segments.
      const held = (fn: string): string[] =>
        statementsOf(fn)
          .flatMap(actionsOf)
          .filter((action) => !action.startsWith('logs:') && !action.startsWith('xray:Put'))
          .sort();

      expect(held('list-traces')).toEqual(['xray:GetTraceSummaries']);
      expect(held('get-trace')).toEqual(['xray:BatchGetTraces']);
      expect(held('get-service-health')).toEqual(['cloudwatch:GetMetricData']);
      const xrayReaders = functions.filter((fn) =>
        held(fn).some(
          (action) => action.startsWith('xray:Get') || action === 'xray:BatchGetTraces',
        ),
      );
      expect(xrayReaders.sort()).toEqual(['get-trace', 'list-traces']);
    });

    it('lets the scheduled audit check count open attempts without closing any', () => {
      const onOpen = statementsOf('anchor-audit').filter((statement) =>
        onTable(statement, 'AuditOpenTable'),
      );

      expect(onOpen.flatMap(actionsOf)).toEqual(['dynamodb:Query']);
    });

    it('lets the tag function never touch the Team tag, and the team function touch nothing else', () => {
      const conditionOf = (fn: string): unknown => grants(fn, 'ec2:CreateTags')[0]?.Condition;

      expect(conditionOf('tag-instances')).toEqual({
        'ForAllValues:StringNotEquals': { 'aws:TagKeys': ['Team'] },
      });
      expect(conditionOf('set-instance-team')).toEqual({
        'ForAllValues:StringEquals': { 'aws:TagKeys': ['Team'] },
      });
    });

    it('lets only the terminate function call ec2:TerminateInstances', () => {
      expect(functions.filter((fn) => grants(fn, 'ec2:TerminateInstances').length > 0)).toEqual([
        'terminate-instances',
      ]);
    });

    it('lets no function edit or delete audit records, and only the verifier roles write anchors', () => {
      for (const fn of functions) {
        for (const action of [
          'dynamodb:UpdateItem',
          'dynamodb:DeleteItem',
          'dynamodb:BatchWriteItem',
        ]) {
          expect({
            fn,
            action,
            onAudit: grants(fn, action).some((statement) => onTable(statement, 'AuditTable')),
          }).toEqual({ fn, action, onAudit: false });
        }
      }
      const anchorWriters = functions.filter((fn) =>
        grants(fn, 'dynamodb:PutItem').some((statement) => onTable(statement, 'AuditAnchorTable')),
      );
      expect(anchorWriters.sort()).toEqual(['anchor-audit', 'verify-audit']);
      const auditWriters = functions.filter((fn) =>
        grants(fn, 'dynamodb:PutItem').some((statement) => onTable(statement, 'AuditTable')),
      );
      expect(auditWriters.some((fn) => anchorWriters.includes(fn))).toBe(false);
    });

    it('declares every DynamoDB table with point-in-time recovery and encryption at rest', () => {
      const tables = Object.entries(template.Resources).filter(
        ([, resource]) => resource.Type === 'AWS::DynamoDB::Table',
      );

      expect(tables.map(([id]) => id)).toEqual(
        expect.arrayContaining([
          'AuditTable',
          'AuditOpenTable',
          'AuditAnchorTable',
          'IdempotencyTable',
        ]),
      );
      for (const [id, table] of tables) {
        expect({ id, pitr: table.Properties['PointInTimeRecoverySpecification'] }).toEqual({
          id,
          pitr: { PointInTimeRecoveryEnabled: true },
        });
        expect({
          id,
          sse: (table.Properties['SSESpecification'] as { SSEEnabled?: boolean } | undefined)
            ?.SSEEnabled,
        }).toEqual({ id, sse: true });
      }
    });
  });
});
