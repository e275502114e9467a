import { settleOpenAttempts } from '@fleet/testing';
import { runScenario, type ReliabilityRow } from './lib/run-scenario';
import { SHORT_COUNTS } from './lib/scenario';
import { reliabilityTable } from './lib/table';
import { SCENARIOS } from './scenarios';

// The short version of `npm run reliability`: the same scenarios with small counts, on the
// stack shared by every stack test (so no reset, and only reboots act on real instances).
describe('reliability, short run (npm run reliability has the full one)', () => {
  const rows: ReliabilityRow[] = [];

  afterAll(async () => {
    process.stdout.write(`\n${reliabilityTable(rows)}\n`);
    // Faults leave attempts open that are too recent for the scenarios' own reconcile (they are
    // unsettled, not orphans): closed here, so the files after this one find none.
    await settleOpenAttempts();
  });

  it.each(SCENARIOS.map((scenario) => [scenario.name, scenario] as const))(
    '%s: no 5xx, no duplicate, every mutation audited, no orphan, chains intact',
    async (_name, scenario) => {
      const row = await runScenario(scenario, { counts: SHORT_COUNTS, ownsStack: false });
      rows.push(row);

      expect({
        bad5xx: row.bad5xx,
        samples: row.samples,
        duplicates: row.duplicates,
        unaudited: row.unaudited,
        closedTwice: row.closedTwice,
        orphans: row.orphans,
        chainOk: row.chainOk,
        failedChecks: row.failedChecks,
      }).toEqual({
        bad5xx: 0,
        samples: [],
        duplicates: 0,
        unaudited: 0,
        closedTwice: 0,
        orphans: 0,
        chainOk: true,
        failedChecks: [],
      });
      expect(row.requests).toBeGreaterThan(0);
    },
    // A few seconds each on CI; a heavily loaded machine pays cold starts of every route.
    180_000,
  );
});
