#!/usr/bin/env node
/**
 * The audit verifier on the command line, for an auditor with read access to the tables:
 *
 *   npx tsx libs/audit/dynamodb/src/cli/verify.ts --stage prod [--region us-east-1] [--chain us-east-1/i-…] [--anchor]
 *   npx tsx libs/audit/dynamodb/src/cli/verify.ts --table T --anchors A --endpoint http://127.0.0.1:4567
 *
 * Prints the report as JSON; exits 0 when every chain verifies, 1 on findings, 2 on errors.
 * Read-only unless `--anchor` (which needs the anchor table's write permission).
 */
import { parseArgs } from 'node:util';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      stage: { type: 'string' },
      service: { type: 'string', default: 'fleet-console' },
      table: { type: 'string' },
      anchors: { type: 'string' },
      endpoint: { type: 'string' },
      region: { type: 'string' },
      chain: { type: 'string' },
      anchor: { type: 'boolean', default: false },
    },
  });
  const prefix = values.stage ? `${values.service}-${values.stage}` : undefined;
  const records = values.table ?? (prefix && `${prefix}-audit`);
  const anchors = values.anchors ?? (prefix && `${prefix}-audit-anchors`);
  if (!records || !anchors) throw new Error('give --stage, or --table and --anchors');
  if (values.region) process.env.AWS_REGION = values.region;
  process.env.AWS_REGION ??= 'us-east-1';
  if (values.endpoint) {
    process.env.AWS_ENDPOINT_URL_DYNAMODB = values.endpoint;
    process.env.AWS_ACCESS_KEY_ID ??= 'local';
    process.env.AWS_SECRET_ACCESS_KEY ??= 'local';
  }
  // Imported once the environment is set: the client reads its endpoint when first built.
  const { verifyAuditTrail } = await import('../lib/verify-audit-trail');
  const report = await verifyAuditTrail(
    { records, anchors, openAttempts: '' },
    { chain: values.chain, anchor: values.anchor },
  );
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  return report.ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      `audit verify: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(2);
  },
);
