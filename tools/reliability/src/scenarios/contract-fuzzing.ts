import { API_ROUTES, type ApiRoute, type InstanceRef } from '@fleet/contract';
import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { fuzzCalls, type FuzzCall } from '../lib/fuzz-requests';
import { inParallel } from '../lib/keyed-action';
import type { Scenario, ScenarioContext } from '../lib/scenario';

// Of the fuzzed requests, this share has one field mutated; the rest are valid as generated.
const MUTATION_RATE = 0.7;
// One seed per run of the suite, printed with the failures, so a finding can be replayed.
const SEED = Number(process.env.RELIABILITY_SEED ?? 20261129);

/** Routes that act: in a stack shared with other tests only reboots may name real instances. */
function refsFor(route: ApiRoute, context: ScenarioContext): readonly InstanceRef[] {
  const refs = context.fleet.map(({ region, id }) => ({ region, id }));
  const acts = route.method === 'post' && route.path.startsWith('/instances/');
  return !acts || context.ownsStack || route.path === '/instances/reboot' ? refs : [];
}

function send(context: ScenarioContext, route: ApiRoute, call: FuzzCall): () => Promise<unknown> {
  const name = `${route.method.toUpperCase()} ${route.path}`;
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (route.path.startsWith('/instances/') && route.method === 'post')
    headers['Idempotency-Key'] = randomUUID();
  return () =>
    context.traffic.call(name, call.url, { method: call.method, headers, body: call.body });
}

/**
 * Every route of the contract (`API_ROUTES`), fuzzed from its own schemas: requests generated
 * from each schema's JSON Schema (`z.toJSONSchema`), most with one field mutated. The answers
 * must be 2xx or 4xx `{ code, message }`, never a 5xx; the table prints each route's counts so a
 * fuzzer that only ever gets 400 shows.
 */
export const contractFuzzing: Scenario = {
  name: 'contract fuzzing',
  async act(context) {
    const regions = [...new Set(context.fleet.map((instance) => instance.region))];
    const tasks = API_ROUTES.flatMap((route, index) =>
      fc
        .sample(fuzzCalls(route, { regions, refs: refsFor(route, context) }, MUTATION_RATE), {
          numRuns: context.counts.fuzzPerRoute,
          seed: SEED + index,
        })
        .map((call) => send(context, route, call)),
    );
    await inParallel(tasks, 4);
    return {};
  },
};
