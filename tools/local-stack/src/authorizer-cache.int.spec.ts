import {
  type ApiAnswer,
  callApi,
  decodeJwt,
  freshIdTokenOf,
  localCognitoSigningKey,
  signJwt,
  tamperedJwt,
  traceIdOf,
  traceSegments,
  type TraceEntity,
} from '@fleet/testing';

// The local stack caches the authorizer's answer per token, as API Gateway does for the TTL in
// serverless.yml (custom.authorizer.resultTtlInSeconds): seen through the local X-Ray, where a
// request the authorizer ran for holds its segment.
const ROUTE = '/instances?limit=1';
const now = (): number => Math.floor(Date.now() / 1000);

/** The functions whose segments the answer's trace holds, once the list function's is in. */
async function functionsTraced(answer: ApiAnswer): Promise<string[]> {
  const functions = (segments: TraceEntity[]): string[] =>
    segments
      .filter((segment) => segment.origin === 'AWS::Lambda::Function')
      .map((segment) => segment.name.replace('fleet-console-local-', ''));
  const segments = await traceSegments(
    traceIdOf(answer),
    (all) => functions(all).includes('list-instances'),
    'the list function',
  );
  return functions(segments).sort();
}

const bearer = (token: string): { authorization: string } => ({ authorization: `Bearer ${token}` });

describe('the local gateway’s authorizer cache', () => {
  it("runs the authorizer for a token's first request only, and serves the next from its cached answer", async () => {
    const token = await freshIdTokenOf('viewer');

    const first = await callApi(ROUTE, {}, bearer(token));
    const second = await callApi(ROUTE, {}, bearer(token));

    expect([first.status, second.status]).toEqual([200, 200]);
    expect(await functionsTraced(first)).toEqual(['authorizer', 'list-instances']);
    expect(await functionsTraced(second)).toEqual(['list-instances']);
  });

  it('lets the policy cached on a GET through a POST of the same token: it covers the whole API', async () => {
    const token = await freshIdTokenOf('viewer');
    const page = await callApi<{ items: { region: string; id: string }[] }>(
      ROUTE,
      {},
      bearer(token),
    );

    const health = await callApi(
      '/instances/health',
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          instances: page.body.items.map(({ region, id }) => ({ region, id })),
        }),
      },
      bearer(token),
    );

    expect([page.status, health.status]).toEqual([200, 200]);
  });

  it('refuses an edited copy of a cached token: the key is the whole token', async () => {
    const token = await freshIdTokenOf('viewer');
    expect((await callApi(ROUTE, {}, bearer(token))).status).toBe(200);
    const promoted = tamperedJwt(token, (payload) => ({
      ...payload,
      'cognito:groups': ['admins'],
    }));

    const answer = await callApi(ROUTE, {}, bearer(promoted));

    expect(answer.status).toBe(401);
  });

  it('refuses an expired token on each request', async () => {
    const valid = decodeJwt(await freshIdTokenOf('viewer'));
    const expired = signJwt(
      valid.header,
      { ...valid.payload, iat: now() - 7200, exp: now() - 3600 },
      localCognitoSigningKey(),
    );

    const statuses = [];
    for (let call = 0; call < 2; call++)
      statuses.push((await callApi(ROUTE, {}, bearer(expired))).status);

    expect(statuses).toEqual([401, 401]);
  });

  it('refuses a cached token from its expiry on, though the TTL has not run out', async () => {
    const valid = decodeJwt(await freshIdTokenOf('viewer'));
    // Signed by the pool's own key, valid for a few more seconds (time for a cold authorizer).
    const exp = now() + 8;
    const shortLived = signJwt(
      valid.header,
      { ...valid.payload, iat: now(), exp },
      localCognitoSigningKey(),
    );
    expect((await callApi(ROUTE, {}, bearer(shortLived))).status).toBe(200);

    await new Promise((resolve) => setTimeout(resolve, exp * 1000 - Date.now() + 1_000));
    const answer = await callApi(ROUTE, {}, bearer(shortLived));

    expect(answer.status).toBe(401);
  });
});
