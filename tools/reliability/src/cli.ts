// `npm run reliability [-- --fuzz N] [--only <text>] [--short] [--attach]`: starts a local stack of its own on free
// ports, runs every scenario against it (resetting it before each), prints one table, and exits
// 1 if a row does not read zero 5xx, zero duplicates, zero unaudited mutations, zero orphans,
// chain ok.
import { stackEnvironment, startLocalStack } from '@fleet/local-stack';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { listFleet, rowHolds, runScenario, type ReliabilityRow } from './lib/run-scenario';
import { FULL_COUNTS, SHORT_COUNTS } from './lib/scenario';
import { reliabilityTable, routeTable } from './lib/table';
import { SCENARIOS } from './scenarios';
import { contractFuzzing } from './scenarios/contract-fuzzing';

const { values } = parseArgs({
  options: {
    fuzz: { type: 'string' },
    only: { type: 'string' },
    short: { type: 'boolean' },
    // A stack already running, found through the variables of `stackEnvironment` (e.g. an older
    // release's, to show a defect): not reset, and only reboots act on real instances.
    attach: { type: 'boolean' },
  },
});
// --short: the counts of the version in npm test (a quick look, not the measured table).
const base = values.short ? SHORT_COUNTS : FULL_COUNTS;
const counts = { ...base, fuzzPerRoute: Number(values.fuzz ?? base.fuzzPerRoute) };
if (!(counts.fuzzPerRoute >= 1)) throw new Error('--fuzz takes a number of requests per route');
const scenarios = SCENARIOS.filter((scenario) => scenario.name.includes(values.only ?? ''));

async function runAll(ownsStack: boolean, regions: readonly string[]): Promise<boolean> {
  const fleet = await listFleet();
  process.stdout.write(
    `fleet: ${fleet.length} instances in ${regions.length} regions (${regions.join(', ')})${ownsStack ? ', reseeded before each scenario' : ''}\n`,
  );
  const rows: ReliabilityRow[] = [];
  for (const scenario of scenarios) {
    const started = Date.now();
    const row = await runScenario(scenario, { counts, ownsStack });
    rows.push(row);
    process.stdout.write(
      `${scenario.name}: ${row.requests} requests, ${((Date.now() - started) / 1000).toFixed(0)} s${rowHolds(row) ? '' : ' — DOES NOT HOLD'}\n`,
    );
  }
  process.stdout.write(`\n${reliabilityTable(rows)}\n`);
  const fuzz = rows.find((row) => row.scenario === contractFuzzing.name);
  if (fuzz) process.stdout.write(`\nContract fuzzing, answers per route:\n\n${routeTable(fuzz)}\n`);
  return rows.every(rowHolds);
}

async function main(): Promise<boolean> {
  if (values.attach) return runAll(false, (process.env.FLEET_REGIONS ?? '').split(','));
  const logDir = join(__dirname, '../../../tmp/reliability-logs');
  process.stdout.write(`starting a local stack (logs in ${logDir}) …\n`);
  const stack = await startLocalStack({
    ports: 'free',
    web: 'none',
    output: { logDir },
    cognitoData: 'fresh',
    tracing: false,
    // The scenarios count every AWS call: no scheduled sync adds its own.
    inventorySyncPeriod: '12 hours',
    localAwsEnv: { LOCAL_AWS_PENDING_MS: '300', LOCAL_AWS_STOPPING_MS: '300' },
  });
  try {
    Object.assign(process.env, stackEnvironment(stack));
    return await runAll(true, stack.regions);
  } finally {
    await stack.stop();
  }
}

main().then(
  (held) => process.exit(held ? 0 : 1),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(2);
  },
);
