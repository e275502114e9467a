import { API_ROUTES, ListInstancesQuerySchema } from '@fleet/contract';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { fuzzCalls, queryOf } from './fuzz-requests';

const fleet = {
  regions: ['us-east-1', 'eu-west-1'],
  refs: [
    { region: 'us-east-1', id: 'i-0123456789abcdef0' },
    { region: 'eu-west-1', id: 'i-0fedcba9876543210' },
  ],
};

describe('fuzzCalls', () => {
  it.each(API_ROUTES.map((route) => [`${route.method.toUpperCase()} ${route.path}`, route]))(
    'sends %s requests the contract accepts when unmutated (refinements JSON Schema cannot say included)',
    (_, route) => {
      const calls = fc.sample(fuzzCalls(route, fleet, 0), { numRuns: 100, seed: 7 });
      const refused = calls.filter(
        (call) =>
          (route.query && !z.safeParse(route.query, queryOf(call.url)).success) ||
          (route.body && !z.safeParse(route.body, JSON.parse(call.body ?? 'null')).success),
      );

      expect(calls.every((call) => call.mutation === 'valid')).toBe(true);
      // A few may stay refused where 50 candidates found none (tag and team names' rules).
      expect(refused.length).toBeLessThanOrEqual(5);
    },
  );

  it("fills a list parameter from its element's schema: states, regions, key=value tags", () => {
    const route = API_ROUTES.find((candidate) => candidate.operationId === 'list-instances');
    if (!route) throw new Error('no list-instances route');
    const queries = fc
      .sample(fuzzCalls(route, fleet, 0), { numRuns: 200, seed: 11 })
      .map((call) => z.parse(ListInstancesQuerySchema, queryOf(call.url)));

    expect(queries.some((query) => (query.state?.length ?? 0) > 0)).toBe(true);
    expect(queries.some((query) => (query.region?.length ?? 0) > 0)).toBe(true);
    expect(queries.some((query) => (query.tag?.length ?? 0) > 0)).toBe(true);
  });

  it('mutates about the share asked for, one field or the whole body', () => {
    const route = API_ROUTES.find((candidate) => candidate.operationId === 'stop-instances');
    if (!route) throw new Error('no stop-instances route');
    const calls = fc.sample(fuzzCalls(route, fleet, 0.7), { numRuns: 400, seed: 3 });
    const mutated = calls.filter((call) => call.mutation !== 'valid');

    expect(mutated.length / calls.length).toBeGreaterThan(0.6);
    expect(mutated.length / calls.length).toBeLessThan(0.8);
    expect(
      mutated.every((call) =>
        /^(params|query|body)\.\S+ (replace|delete|add|malformed)$/.test(call.mutation),
      ),
    ).toBe(true);
  });
});
