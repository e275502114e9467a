import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { tagOf, workspaceProjects } from './workspace-projects.mjs';

/** One Lambda function as its project, function.yml and handler declare it. */
export interface FunctionDoc {
  readonly name: string;
  readonly root: string;
  readonly scope: string;
  readonly description: string;
  /** `GET /instances`, `schedule rate(5 minutes)`, … one per event. */
  readonly triggers: readonly string[];
  /** The permission its handler declares (`permission: '…'`); none for the authorizer or a schedule. */
  readonly permission: string | undefined;
  /** Every IAM action its role allows, in the order function.yml lists them. */
  readonly iamActions: readonly string[];
  /** The stack's resources (logical ids, e.g. `AuditTable`) its role names by `!GetAtt`. */
  readonly resources: readonly string[];
}

interface FunctionYml {
  readonly description?: string;
  readonly events?: readonly Record<string, unknown>[];
  readonly iamRoleStatements?: readonly { Action?: string | string[]; Resource?: unknown }[];
}

/**
 * Every function of the workspace (projects tagged `kind:function`), sorted by scope then name.
 *
 * @example
 * readFunctions(root).find((fn) => fn.name === 'list-instances')?.triggers; // ['GET /instances']
 */
export function readFunctions(root: string): FunctionDoc[] {
  return workspaceProjects(root)
    .filter((project) => tagOf(project, 'kind') === 'function')
    .map((project) => {
      // CloudFormation's short tags (!GetAtt, !Join, …) parse as plain values here.
      const file = parse(readFileSync(join(root, project.root, 'function.yml'), 'utf8'), {
        logLevel: 'silent',
      }) as Record<string, FunctionYml>;
      const [name, fn] = Object.entries(file)[0] ?? [project.name, {}];
      const statements = fn.iamRoleStatements ?? [];
      return {
        name,
        root: project.root,
        scope: tagOf(project, 'scope') ?? '',
        description: fn.description ?? '',
        triggers: (fn.events ?? []).map(triggerOf),
        permission: permissionOf(join(root, project.root, 'src/handler.ts')),
        iamActions: unique(statements.flatMap((statement) => [statement.Action ?? []].flat())),
        resources: unique(statements.flatMap((statement) => resourceIdsOf(statement.Resource))),
      };
    })
    .sort((a, b) => a.scope.localeCompare(b.scope) || a.name.localeCompare(b.name));
}

function triggerOf(event: Record<string, unknown>): string {
  const [kind, value] = Object.entries(event)[0] ?? ['unknown', undefined];
  if (kind === 'http' && typeof value === 'object' && value) {
    const { method, path } = value as { method: string; path: string };
    return `${method.toUpperCase()} /${path}`;
  }
  return typeof value === 'string' ? `${kind} ${value}` : kind;
}

function permissionOf(handler: string): string | undefined {
  if (!existsSync(handler)) return undefined;
  return /permission:\s*'([^']+)'/.exec(readFileSync(handler, 'utf8'))?.[1];
}

// `!GetAtt [AuditTable, Arn]` reads as ['AuditTable', 'Arn'], also inside a `!Join`.
function resourceIdsOf(resource: unknown): string[] {
  if (!Array.isArray(resource)) return [];
  if (resource.length === 2 && typeof resource[0] === 'string' && resource[1] === 'Arn') {
    return [resource[0]];
  }
  return resource.flatMap(resourceIdsOf);
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
