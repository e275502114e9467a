import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { dashboardConfigFromOutputs, type StackOutputs } from './dashboard-config';
import { invalidationCall, pathsToInvalidate, uploadPlan, type AwsCall } from './upload-plan';

export interface DeployWebOptions {
  readonly stage: string;
  readonly region: string;
  readonly buildDir: string;
  /** The stack's name; serverless names it `<service>-<stage>`. */
  readonly stackName: string;
  /** Print the calls instead of making them. */
  readonly dryRun: boolean;
}

/** Runs `aws …`; resolves its standard output. */
async function aws(call: AwsCall, region: string): Promise<string> {
  const { stdout } = await promisify(execFile)('aws', [...call, '--region', region], {
    maxBuffer: 16 * 1024 * 1024,
  });
  return stdout;
}

async function stackOutputs(options: DeployWebOptions): Promise<StackOutputs> {
  const json = await aws(
    [
      'cloudformation',
      'describe-stacks',
      '--stack-name',
      options.stackName,
      '--query',
      'Stacks[0].Outputs',
      '--output',
      'json',
    ],
    options.region,
  );
  const outputs = JSON.parse(json) as { OutputKey: string; OutputValue: string }[];
  return Object.fromEntries(outputs.map((output) => [output.OutputKey, output.OutputValue]));
}

/**
 * Ships the built dashboard to a deployed stage with the AWS CLI: writes config.json from the
 * stack's outputs, uploads every file with its Cache-Control (`aws s3 sync` skips unchanged
 * files), then invalidates only the kept files that changed.
 *
 * @example
 * await deployWeb({ stage: 'prod', region: 'us-east-1', buildDir: 'dist/apps/web', stackName: 'fleet-console-prod', dryRun: false });
 */
export async function deployWeb(
  options: DeployWebOptions,
  log: (line: string) => void,
): Promise<void> {
  const outputs = await stackOutputs(options);
  const bucket = outputs['DashboardBucketName'];
  const distributionId = outputs['DashboardDistributionId'];
  if (!bucket || !distributionId)
    throw new Error(`${options.stackName} has no dashboard hosting: deploy the whole stack first`);
  const configFile = join(await mkdtemp(join(tmpdir(), 'fleet-web-')), 'config.json');
  await writeFile(
    configFile,
    JSON.stringify(dashboardConfigFromOutputs(outputs, options), null, 2),
  );
  let synced = '';
  for (const call of uploadPlan({ buildDir: options.buildDir, configFile, bucket })) {
    log(`aws ${call.join(' ')}`);
    if (!options.dryRun) synced += await aws(call, options.region);
  }
  const invalidation = invalidationCall(distributionId, pathsToInvalidate(synced, bucket));
  if (!invalidation) {
    log('nothing CloudFront keeps has changed: no invalidation');
    return;
  }
  log(`aws ${invalidation.join(' ')}`);
  if (!options.dryRun) await aws(invalidation, options.region);
  log(`dashboard deployed: ${outputs['DashboardUrl'] ?? ''}`);
}
