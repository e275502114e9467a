import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

/** A CloudFormation resource as serverless.yml declares it (intrinsics left as objects). */
export interface CfnResource {
  readonly Type: string;
  readonly Properties?: Record<string, unknown>;
}

/** A function of the resolved serverless.yml, as far as the launcher reads it. */
export interface ResolvedFunction {
  readonly name?: string;
  readonly events?: readonly { readonly eventBridge?: { readonly pattern?: object } }[];
}

/** The parts of the resolved serverless.yml the launcher provisions the local stack from. */
export interface ResolvedConfig {
  readonly service: string;
  readonly resources: Record<string, CfnResource>;
  readonly functions: Record<string, ResolvedFunction>;
  /** How long API Gateway caches the authorizer's answer per token (`custom.authorizer`); 0: not. */
  readonly authorizerTtlSeconds: number;
}

/**
 * The stage's resolved serverless.yml (`serverless print`): the local AWS is provisioned from the
 * very resource definitions and event rules that are deployed, so local and AWS cannot drift.
 */
export async function resolvedConfig(workspace: string, stage: string): Promise<ResolvedConfig> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      join(workspace, 'node_modules/osls/bin/serverless.js'),
      'print',
      '--stage',
      stage,
      '--format',
      'json',
    ],
    {
      cwd: workspace,
      env: { ...process.env, SLS_TELEMETRY_DISABLED: '1' },
      maxBuffer: 32 * 1024 * 1024,
    },
  );
  const config = JSON.parse(stdout) as {
    service?: string | { name?: string };
    resources?: { Resources?: Record<string, CfnResource> };
    functions?: Record<string, ResolvedFunction>;
    custom?: { authorizer?: { resultTtlInSeconds?: number | string } };
  };
  return {
    service: typeof config.service === 'string' ? config.service : (config.service?.name ?? ''),
    resources: config.resources?.Resources ?? {},
    functions: config.functions ?? {},
    // API Gateway's default when the authorizer names no TTL.
    authorizerTtlSeconds: Number(config.custom?.authorizer?.resultTtlInSeconds ?? 300),
  };
}

/** The stage's resolved CloudFormation resources (see {@link resolvedConfig}). */
export async function resolvedResources(
  workspace: string,
  stage: string,
): Promise<Record<string, CfnResource>> {
  return (await resolvedConfig(workspace, stage)).resources;
}

/** The resources of one CloudFormation type, by logical id. */
export function resourcesOfType(
  resources: Record<string, CfnResource>,
  type: string,
): [string, CfnResource][] {
  return Object.entries(resources).filter(([, resource]) => resource.Type === type);
}
