import { stackUrls } from './stack-urls';

/** Calls per service → action → region, as the local AWS counts them. */
export interface LocalAwsCounters {
  readonly total: number;
  readonly services: Record<
    string,
    {
      total: number;
      actions: Record<string, { total: number; errors: number; regions: Record<string, number> }>;
    }
  >;
}

/** One fault rule of the local AWS (docs/local-aws.md). */
export interface FaultRule {
  readonly service?: string;
  readonly action?: string;
  readonly region?: string;
  readonly requestLimitExceeded?: number;
  readonly internalError?: number;
  readonly unavailable?: number;
  readonly latencyMs?: number;
  /** Serve the call, then answer 500: the effect stays, the answer is lost. */
  readonly lostAnswer?: number;
  /** Fire at most this many times, then let calls through. */
  readonly times?: number;
}

async function admin(method: string, path: string, body?: unknown): Promise<Response> {
  const response = await fetch(`${stackUrls().localAws}/_local/${path}`, {
    method,
    headers: body === undefined ? undefined : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok)
    throw new Error(`local AWS ${method} ${path}: ${response.status} ${await response.text()}`);
  return response;
}

/** The local AWS's call counters: how many AWS calls the product really made. */
export async function localAwsCounters(): Promise<LocalAwsCounters> {
  return (await (await admin('GET', 'counters')).json()) as LocalAwsCounters;
}

/**
 * How many calls of one AWS action the product made, per region, since the last reset.
 *
 * @example
 * await resetLocalAwsCounters();
 * await callApi('/instances?region=eu-west-1');
 * await awsCallsByRegion('ec2', 'DescribeInstances'); // { 'eu-west-1': 1 }
 */
export async function awsCallsByRegion(
  service: string,
  action: string,
): Promise<Record<string, number>> {
  return (await localAwsCounters()).services[service]?.actions[action]?.regions ?? {};
}

export async function resetLocalAwsCounters(): Promise<void> {
  await admin('DELETE', 'counters');
}

// Whether this test file has faults in place: the stack project clears them after every test.
let faultsInjected = false;

/**
 * Makes the local AWS fail calls until `clearFaults()`, at the latest until the test ends (the
 * stack project's `afterEach` clears what a test left). Stack tests run in band, so a fault set
 * by one test never reaches another.
 */
export async function injectFaults(rules: readonly FaultRule[]): Promise<void> {
  faultsInjected = true;
  await admin('PUT', 'faults', { seed: 1, rules });
}

export async function clearFaults(): Promise<void> {
  await admin('DELETE', 'faults');
  faultsInjected = false;
}

/** Clears the faults a test injected and left in place; asks nothing when it injected none. */
export async function clearFaultsLeftBehind(): Promise<void> {
  if (faultsInjected) await clearFaults();
}

/**
 * Back to a fresh start: the seeded fleet as it was, the stack's tables emptied, no faults, zero
 * counters. Only for suites that own the whole stack (the reliability suite), never for tests that
 * share it with others.
 *
 * @example
 * await resetLocalAws();
 */
export async function resetLocalAws(): Promise<void> {
  await admin('POST', 'reset');
}
