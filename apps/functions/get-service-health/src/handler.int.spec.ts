import { INSTANCE_ACTIONS, type ApiError, type ServiceHealth } from '@fleet/contract';
import { callApi, eventually, invokeFunction, stackUrls } from '@fleet/testing';

describe('GET /health', () => {
  it('counts the requests and errors a function served, with its latency, for an SRE', async () => {
    await callApi('/instances?limit=5');
    await callApi('/instances?limit=abc');

    // EMF lines reach the local CloudWatch about a second after the answers.
    const { status, body } = await eventually(
      () => callApi<ServiceHealth>('/health?range=1h', {}, { as: 'sre' }),
      (answer) => {
        const fn = answer.body.functions.find(({ name }) => name === 'list-instances');
        return (fn?.requests ?? 0) >= 2 && (fn?.clientErrors ?? 0) >= 1;
      },
      { attempts: 40, everyMs: 500 },
    );

    expect(status).toBe(200);
    const listInstances = body.functions.find((fn) => fn.name === 'list-instances');
    expect(listInstances?.requests).toBeGreaterThanOrEqual(2);
    expect(listInstances?.clientErrors).toBeGreaterThanOrEqual(1);
    expect(listInstances?.p99Ms).toBeGreaterThan(0);
    expect(listInstances?.series.requests.length).toBe(60);
  });

  it('counts the runs of a function no request reaches, as it does a request', async () => {
    const [region] = stackUrls().regions as [string];
    await invokeFunction('sync-inventory', { region });

    const sync = await eventually(
      () =>
        callApi<ServiceHealth>('/health?range=1h', {}, { as: 'sre' }).then(({ body }) =>
          body.functions.find((fn) => fn.name === 'sync-inventory'),
        ),
      (found) => (found?.requests ?? 0) >= 1,
      { attempts: 40, everyMs: 500 },
    );

    expect(sync?.requests).toBeGreaterThanOrEqual(1);
    expect(sync).toMatchObject({ clientErrors: 0, faults: 0 });
    expect(sync?.p50Ms).toBeGreaterThan(0);
  });

  it('lists every action with its outcomes', async () => {
    const { body } = await callApi<ServiceHealth>('/health', {}, { as: 'admin' });

    expect(body.actions.map((entry) => entry.action).sort()).toEqual([...INSTANCE_ACTIONS].sort());
    expect(Object.keys(body.actions[0]?.outcomes ?? {}).sort()).toEqual(
      ['failed', 'refused', 'succeeded', 'unchanged'].sort(),
    );
  });

  it.each(['operator', 'viewer'] as const)('refuses %s with 403', async (key) => {
    const { status, body } = await callApi<ApiError>('/health', {}, { as: key });

    expect(status).toBe(403);
    expect(body.code).toBe('Forbidden');
  });
});
