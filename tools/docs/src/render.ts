import { ROLES, permissionsOf, type Permission } from '@fleet/access';
import type { FunctionDoc } from './read-functions';
import type { ChainStep } from './read-middy-chain';
import type { ProjectDoc } from './read-projects';
import { codeList, table } from './markdown';

/** Functions: trigger, permission, and every IAM action its own role holds. */
export function functionsTable(functions: readonly FunctionDoc[]): string {
  return table(
    ['function', 'scope', 'trigger', 'permission', 'IAM actions of its role'],
    functions.map((fn) => [
      `\`${fn.name}\``,
      fn.scope,
      fn.triggers.join(', ') || '— (API Gateway calls it for every route)',
      fn.permission ? `\`${fn.permission}\`` : '—',
      codeList(fn.iamActions),
    ]),
  );
}

/** Libs (or tools): folder, package, tags and purpose. */
export function projectsTable(projects: readonly ProjectDoc[]): string {
  return table(
    ['folder', 'package', 'kind', 'scope', 'platform', 'what it is for'],
    projects.map((project) => [
      `\`${project.root}\``,
      `\`${project.packageName}\``,
      project.kind,
      project.scope,
      project.platform,
      project.purpose,
    ]),
  );
}

/** The Middy chain, first registered first. */
export function middyChainTable(steps: readonly ChainStep[]): string {
  return table(
    ['#', 'middleware', 'from', 'what it does'],
    steps.map((step, index) => [String(index + 1), `\`${step.middleware}\``, step.from, step.does]),
  );
}

/** Which role may call which route: ✓ where the role's grants hold the function's permission. */
export function rolesTable(functions: readonly FunctionDoc[]): string {
  const guarded = functions.filter((fn) => fn.permission && fn.triggers.length);
  return table(
    ['route', 'function', 'permission', ...ROLES],
    guarded.map((fn) => [
      fn.triggers.join(', '),
      `\`${fn.name}\``,
      `\`${fn.permission}\``,
      ...ROLES.map((role) => (permissionsOf([role]).has(fn.permission as Permission) ? '✓' : '')),
    ]),
  );
}

// AWS services by IAM prefix, as the diagram names them.
const SERVICES: Readonly<Record<string, string>> = {
  ec2: 'EC2, every managed region',
  cloudwatch: 'CloudWatch metrics',
  dynamodb: 'DynamoDB',
  xray: 'X-Ray',
  events: 'EventBridge',
  sqs: 'SQS',
  sns: 'SNS',
};

/**
 * The system as a mermaid flowchart: the dashboard, API Gateway and its authorizer, every function
 * by scope, and the AWS services and tables their roles reach.
 */
export function systemDiagram(functions: readonly FunctionDoc[]): string {
  const id = (name: string): string => name.replace(/[^A-Za-z0-9]/g, '_');
  const lines = [
    'flowchart LR',
    '  user[Operator] --> web[Dashboard<br/>React + MUI<br/>S3 + CloudFront]',
    '  web -->|password sign-in| cognito[Cognito user pool]',
    '  web -->|HTTPS + ID token| apigw[API Gateway REST]',
  ];
  const scopes = [...new Set(functions.map((fn) => fn.scope))];
  for (const scope of scopes) {
    lines.push(`  subgraph ${id(`scope_${scope}`)}["${scope}"]`);
    for (const fn of functions.filter((candidate) => candidate.scope === scope)) {
      lines.push(`    ${id(fn.name)}[${fn.name} λ]`);
    }
    lines.push('  end');
  }
  const edges = new Set<string>();
  const nodes = new Map<string, string>();
  for (const fn of functions) {
    const from = id(`scope_${fn.scope}`);
    for (const trigger of fn.triggers) {
      edges.add(
        trigger.startsWith('schedule ')
          ? `  scheduler([EventBridge schedule]) -->|"${trigger.slice('schedule '.length)}"| ${id(fn.name)}`
          : `  apigw --> ${from}`,
      );
    }
    if (!fn.triggers.length) edges.add(`  apigw -->|every route| ${id(fn.name)}`);
    // DynamoDB by table; every other service by its IAM prefix.
    for (const prefix of new Set(fn.iamActions.map((action) => action.split(':')[0] ?? ''))) {
      const targets = prefix === 'dynamodb' && fn.resources.length ? fn.resources : [prefix];
      for (const target of targets) {
        nodes.set(id(target), `  ${id(target)}[(${SERVICES[target] ?? target})]`);
        edges.add(`  ${from} --> ${id(target)}`);
      }
    }
  }
  lines.push(...[...nodes.values()].sort(), ...[...edges].sort());
  lines.push(
    '  subgraph local["npm start: no AWS account"]',
    '    offline[serverless-offline<br/>the same handlers] -->|AWS_ENDPOINT_URL_*| localaws[tools/local-aws<br/>EC2 + CloudWatch emulator]',
    '    offline --> dynalite[(dynalite)]',
    '    offline --> cognitolocal[(cognito-local)]',
    '  end',
  );
  return ['```mermaid', ...lines, '```'].join('\n');
}
