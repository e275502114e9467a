// `nx deploy web --stage=<stage>`: the built dashboard onto a deployed stage (AWS CLI).
//   tsx tools/deploy/src/web/cli.ts --stage prod [--region us-east-1] [--dry-run]
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { WORKSPACE_ROOT } from '../edge/infra-file';
import { deployWeb } from './deploy-web';

const { values } = parseArgs({
  options: {
    stage: { type: 'string' },
    region: { type: 'string', default: process.env['AWS_REGION'] ?? 'us-east-1' },
    'build-dir': { type: 'string', default: join(WORKSPACE_ROOT, 'dist/apps/web') },
    'dry-run': { type: 'boolean', default: false },
  },
});

if (!values.stage) {
  console.error('usage: nx deploy web --stage=<stage>');
  process.exit(2);
}

deployWeb(
  {
    stage: values.stage,
    region: values.region,
    buildDir: values['build-dir'],
    stackName: `fleet-console-${values.stage}`,
    dryRun: values['dry-run'],
  },
  (line) => console.log(line),
).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
