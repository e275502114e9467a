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

export async function resetLocalAwsCounters(): Promise<void> {
  await admin('DELETE', 'counters');
}

/**
 * Makes the local AWS fail calls until `clearFaults()`. Stack tests run in band, so a fault set
 * by one test never reaches another.
 */
export async function injectFaults(rules: readonly FaultRule[]): Promise<void> {
  await admin('PUT', 'faults', { seed: 1, rules });
}

export async function clearFaults(): Promise<void> {
  await admin('DELETE', 'faults');
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
