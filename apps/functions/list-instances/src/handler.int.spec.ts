import type { ApiError, Instance, InstancePage } from '@fleet/contract';
import {
  localAwsCounters,
  callApi,
  injectFaults,
  resetLocalAwsCounters,
  stackUrls,
} from '@fleet/testing';

async function walk(query: string, limit: number): Promise<Instance[]> {
  const rows: Instance[] = [];
  let cursor: string | null = null;
  do {
    const suffix: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
    const { status, body } = await callApi<InstancePage>(
      `/instances?${query}&limit=${limit}${suffix}`,
    );
    expect(status).toBe(200);
    rows.push(...body.items);
    cursor = body.nextCursor;
  } while (cursor);
  return rows;
}

const keyOf = (instance: Instance): string => `${instance.region}/${instance.id}`;

describe('GET /instances', () => {
  it('lists the seeded fleet of every configured region', async () => {
    const rows = await walk('sort=name', 100);

    expect(rows.length).toBeGreaterThanOrEqual(30);
    expect(new Set(rows.map((row) => row.region))).toEqual(new Set(stackUrls().regions));
  });

  it.each([
    ['sort=name', 7],
    ['sort=-launchTime&state=running,stopped', 5],
    ['sort=type&tag=Environment%3Dproduction', 3],
    ['sort=-state&q=api', 4],
    ['sort=region&state=running&q=prod', 2],
  ])('pages through %s (limit %i) with no row lost or repeated', async (query, limit) => {
    const paged = await walk(query, limit);
    const whole = await walk(query, 100);

    expect(paged.map(keyOf)).toEqual(whole.map(keyOf));
    expect(new Set(paged.map(keyOf)).size).toBe(paged.length);
  });

  it('ANDs filters: state, type, tag and free text narrow the same list', async () => {
    const all = await walk('sort=name', 100);
    const sample = all.find((row) => row.state === 'running' && row.tags['Team']);
    if (!sample) throw new Error('the seeded fleet has no running instance with a Team tag');
    const team = sample.tags['Team'] as string;

    const rows = await walk(
      `state=running&type=${sample.type}&tag=${encodeURIComponent(`Team=${team}`)}`,
      100,
    );

    const expected = all.filter(
      (row) => row.state === 'running' && row.type === sample.type && row.tags['Team'] === team,
    );
    expect(rows.map(keyOf).sort()).toEqual(expected.map(keyOf).sort());
    expect(rows.map(keyOf)).toContain(keyOf(sample));
  });

  it('matches free text case-insensitively, every word required', async () => {
    const all = await walk('sort=name', 100);
    const sample = all.find((row) => row.name);
    const word = (sample?.name ?? '').split('-')[0] ?? '';

    const rows = await walk(
      `q=${encodeURIComponent(`${word.toUpperCase()} ${sample?.region ?? ''}`)}`,
      100,
    );

    expect(rows.length).toBeGreaterThan(0);
    expect(
      rows.every((row) => `${row.name} ${row.availabilityZone}`.toLowerCase().includes(word)),
    ).toBe(true);
  });

  it('answers from the inventory: no EC2 call, one DynamoDB read when nothing changed', async () => {
    const [region] = stackUrls().regions;
    await callApi<InstancePage>(`/instances?region=${region}&limit=100`);
    await resetLocalAwsCounters();

    const { status, body } = await callApi<InstancePage>(`/instances?region=${region}&limit=100`);

    expect(status).toBe(200);
    expect(body.items.every((row) => row.region === region)).toBe(true);
    const counters = await localAwsCounters();
    expect(counters.services['ec2']).toBeUndefined();
    expect(counters.services['dynamodb']?.actions).toEqual({
      BatchGetItem: { total: 1, errors: 0, regions: { 'us-east-1': 1 } },
    });
  });

  it('keeps a full page of 100 far below the 6 MB Lambda response limit', async () => {
    const { body } = await callApi<InstancePage>('/instances?limit=100');
    const bytes = Buffer.byteLength(JSON.stringify(body));

    expect(bytes).toBeLessThan(200_000);
  });

  it.each([
    ['state=sleeping', 'ValidationError'],
    ['limit=1000', 'ValidationError'],
    ['region=xx-mars-1', 'UnknownRegion'],
    ['cursor=garbage', 'InvalidCursor'],
    ['tag=NoEqualsSign', 'ValidationError'],
  ])('answers 400 with a code and message to %s', async (query, code) => {
    const { status, body } = await callApi<ApiError>(`/instances?${query}`);

    expect(status).toBe(400);
    expect(body.code).toBe(code);
    expect(body.message.length).toBeGreaterThan(10);
  });

  it('answers 503 with Retry-After when DynamoDB keeps throttling past the SDK retries', async () => {
    await injectFaults([{ service: 'dynamodb', action: 'BatchGetItem', requestLimitExceeded: 1 }]);

    const { status, headers, body } = await callApi<ApiError>('/instances');

    expect(status).toBe(503);
    expect(headers.get('retry-after')).toBe('2');
    expect(body.code).toBe('Throttled');
  });
});
