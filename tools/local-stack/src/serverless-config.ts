import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

/** A CloudFormation resource as serverless.yml declares it (intrinsics left as objects). */
export interface CfnResource {
  readonly Type: string;
  readonly Properties?: Record<string, unknown>;
}

/**
 * The stage's resolved serverless.yml (`serverless print`): the local AWS is provisioned from the
 * very resource definitions that are deployed, so local and AWS cannot drift.
 */
export async function resolvedResources(
  workspace: string,
  stage: string,
): Promise<Record<string, CfnResource>> {
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
  const config = JSON.parse(stdout) as { resources?: { Resources?: Record<string, CfnResource> } };
  return config.resources?.Resources ?? {};
}

/** The resources of one CloudFormation type, by logical id. */
export function resourcesOfType(
  resources: Record<string, CfnResource>,
  type: string,
): [string, CfnResource][] {
  return Object.entries(resources).filter(([, resource]) => resource.Type === type);
}
