#!/usr/bin/env node
/**
 * The `local-aws` command: `npx tsx tools/local-aws/src/cli.ts --port 4566 --instances 60`.
 * Prints one ready line, then one line per AWS call; stops cleanly on SIGINT/SIGTERM.
 */
import { parseCliOptions, USAGE } from './cli-options';
import { createLocalAws } from './index';

async function main(): Promise<void> {
  const request = parseCliOptions(process.argv.slice(2), process.env);
  if (request.help) {
    console.log(USAGE);
    return;
  }
  const aws = await createLocalAws(request.options);
  const total = aws.regions.reduce((sum, region) => sum + aws.fleet.instances(region).length, 0);
  console.log(
    `local-aws ready on ${aws.url} (${total} instances in ${aws.regions.length} regions)`,
  );
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    aws.close().then(
      () => {
        console.log(`local-aws stopped (${signal})`);
        process.exit(0);
      },
      (error: unknown) => {
        console.error('local-aws: error while stopping', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(`local-aws: ${error instanceof Error ? error.message : String(error)}`);
  console.error(USAGE);
  process.exit(1);
});
