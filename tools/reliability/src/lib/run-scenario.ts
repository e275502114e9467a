import type { AuditVerification, Instance, InstancePage } from '@fleet/contract';
import {
  callApi,
  clearFaults,
  invokeFunction,
  resetLocalAws,
  resetLocalAwsCounters,
} from '@fleet/testing';
import { auditLedger } from './audit-ledger';
import { ec2Mutations, unauditedMutations } from './ec2-mutations';
import type { RouteTally } from './traffic';
import { Traffic } from './traffic';
import type { Scenario, ScenarioCounts } from './scenario';

/** One row of the table, with what explains it. */
export interface ReliabilityRow {
  readonly scenario: string;
  readonly requests: number;
  readonly bad5xx: number;
  readonly offline5xx: number;
  readonly ec2Mutations: number;
  readonly attempts: number;
  readonly outcomes: number;
  readonly duplicates: number;
  readonly unaudited: number;
  readonly closedTwice: number;
  readonly orphans: number;
  readonly chainOk: boolean;
  readonly failedChecks: readonly string[];
  readonly byRoute: ReadonlyMap<string, RouteTally>;
  readonly samples: readonly string[];
  /** Requests that got no answer at all (their connection failed). */
  readonly dropped: readonly string[];
}

/**
 * Whether a row reads as it must: zero 5xx, zero duplicates, zero unaudited mutations, zero
 * orphans, no attempt closed twice, the chains verified, the scenario's own checks held.
 */
export function rowHolds(row: ReliabilityRow): boolean {
  return (
    row.bad5xx === 0 &&
    row.duplicates === 0 &&
    row.unaudited === 0 &&
    row.closedTwice === 0 &&
    row.orphans === 0 &&
    row.chainOk &&
    row.failedChecks.length === 0
  );
}

/** The fleet as the admin lists it, every page. */
export async function listFleet(): Promise<Instance[]> {
  const items: Instance[] = [];
  let cursor: string | null | undefined;
  do {
    const query = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
    const { status, body } = await callApi<InstancePage>(`/instances?limit=100${query}`);
    if (status !== 200) throw new Error(`GET /instances answered ${status}`);
    items.push(...body.items);
    cursor = body.nextCursor;
  } while (cursor);
  return items;
}

async function chainsVerify(chains: readonly string[], everything: boolean): Promise<boolean> {
  const verify = async (query: string): Promise<boolean> => {
    const answer = await callApi<AuditVerification>(`/audit/verify${query}`, { method: 'POST' });
    return answer.status === 200 && answer.body.ok;
  };
  if (everything) return verify('');
  const results = await Promise.all(
    chains
      .filter((chain) => !chain.startsWith('actor/'))
      .map((chain) => {
        const [region, instance] = chain.split('/');
        return verify(`?region=${region}&instance=${instance}`);
      }),
  );
  return results.every(Boolean);
}

/**
 * Runs one scenario and reads what it left: the answers (through `Traffic`), the EC2 calls the
 * local AWS served, and the audit trail after a reconcile (faults cleared first). When the suite
 * owns the stack, the stack is reset first (`POST /_local/reset`) and the inventory re-synced, so
 * no scenario inherits another's state.
 *
 * @example
 * const row = await runScenario(sameKeyRace, { counts: SHORT_COUNTS, ownsStack: false });
 * rowHolds(row); // true
 */
export async function runScenario(
  scenario: Scenario,
  setting: { readonly counts: ScenarioCounts; readonly ownsStack: boolean },
): Promise<ReliabilityRow> {
  if (setting.ownsStack) {
    await resetLocalAws();
    await invokeFunction('sync-inventory', {});
  }
  const fleet = await listFleet();
  // Audit times are written by the functions at millisecond precision: a second of margin.
  const since = new Date(Date.now() - 1000).toISOString();
  await resetLocalAwsCounters();
  const traffic = new Traffic();
  const failedChecks: string[] = [];
  let act;
  try {
    act = await scenario.act({
      ...setting,
      traffic,
      fleet,
      ready: resetLocalAwsCounters,
      check: (holds, what) => {
        if (!holds) failedChecks.push(what);
      },
    });
  } finally {
    await clearFaults();
  }
  const mutations = await ec2Mutations();
  await callApi('/audit/reconcile?minAgeSeconds=0', { method: 'POST' });
  const ledger = await auditLedger(since);
  const tally = traffic.tally();
  const beyondKeys = act.keys === undefined ? 0 : Math.max(0, mutations.total - act.keys);
  return {
    scenario: scenario.name,
    requests: tally.requests,
    bad5xx: tally.bad5xx,
    offline5xx: tally.offline5xx,
    ec2Mutations: mutations.total,
    attempts: ledger.attempts,
    outcomes: ledger.closings,
    duplicates: Math.max(ledger.duplicateRuns, beyondKeys),
    unaudited: unauditedMutations(mutations, ledger.mayHaveActed),
    closedTwice: ledger.closedTwice,
    orphans: ledger.orphans,
    chainOk: await chainsVerify(ledger.chains, setting.ownsStack),
    failedChecks,
    byRoute: tally.byRoute,
    samples: tally.samples,
    dropped: tally.dropped,
  };
}
