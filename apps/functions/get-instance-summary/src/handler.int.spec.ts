import type { ApiError, Instance, InstancePage, InstanceSummary } from '@fleet/contract';
import { awsCallsByRegion, callApi, resetLocalAwsCounters, type Caller } from '@fleet/testing';

async function everyInstance(query: string, caller: Caller): Promise<Instance[]> {
  const rows: Instance[] = [];
  let cursor: string | null = null;
  do {
    const after: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
    const { body } = await callApi<InstancePage>(
      `/instances?limit=100${query}${after}`,
      {},
      caller,
    );
    rows.push(...body.items);
    cursor = body.nextCursor;
  } while (cursor);
  return rows;
}

function summary(
  query: string,
  caller: Caller = { as: 'admin' },
): Promise<{ status: number; body: InstanceSummary & ApiError }> {
  return callApi<InstanceSummary & ApiError>(`/instances/summary?${query}`, {}, caller);
}

describe('GET /instances/summary', () => {
  it('counts exactly the rows the list pages through, for the same filters', async () => {
    const query = '&state=running,stopped&tag=Environment=production';
    const rows = await everyInstance(query, { as: 'admin' });

    const { status, body } = await summary(query.slice(1));

    expect(status).toBe(200);
    expect(body.total).toBe(rows.length);
    expect(body.total).toBeGreaterThan(0);
  });

  it('counts every state with the state filter left out, so "hide terminated" can say what it hides', async () => {
    const all = await everyInstance('', { as: 'admin' });

    const { body } = await summary('state=running');

    const expected: Record<string, number> = {};
    for (const row of all) expected[row.state] = (expected[row.state] ?? 0) + 1;
    expect(body.byState).toEqual(expected);
    expect(body.total).toBe(expected['running']);
  });

  it("suggests a team-scoped caller only their own team's tag values", async () => {
    const { body } = await summary('', { as: 'viewer' });

    const team = body.tags.find((tag) => tag.key === 'Team');
    expect(team?.values).toEqual(['payments']);
    // Tag edits elsewhere in the suite may leave an instance with no Owner: no value to suggest.
    const ownOwners = new Set(
      (await everyInstance('', { as: 'viewer' }))
        .map((row) => row.tags['Owner'])
        .filter((owner) => owner !== undefined),
    );
    expect(new Set(body.tags.find((tag) => tag.key === 'Owner')?.values)).toEqual(ownOwners);
  });

  it('reads the inventory only: no EC2 call', async () => {
    await resetLocalAwsCounters();

    await summary('');

    expect(await awsCallsByRegion('ec2', 'DescribeInstances')).toEqual({});
  });

  it('refuses an unknown state with 400 and an unmanaged region with UnknownRegion', async () => {
    expect((await summary('state=sleeping')).status).toBe(400);
    const { status, body } = await summary('region=sa-east-1');
    expect(status).toBe(400);
    expect(body.code).toBe('UnknownRegion');
  });
});
