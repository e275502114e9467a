import type { ActionResponse, ApiError, InstancePage } from '@fleet/contract';
import {
  actionRoute,
  alreadyIn,
  auditRecordsOf,
  callApi,
  ec2Calls,
  refOf,
  resetLocalAwsCounters,
} from '@fleet/testing';

const team = actionRoute('/instances/team', { team: 'payments', as: 'admin' });

// Instances taken in the state they are already in (alreadyIn): these tests never stop or start
// one, so the suites that read the seeded states are left as they were.

async function status(path: string, as: 'operator' | 'admin'): Promise<number> {
  return (await callApi(path, {}, { as })).status;
}

async function listedFor(as: 'operator', id: string): Promise<boolean> {
  const { body } = await callApi<InstancePage>(`/instances?q=${id}`, {}, { as });
  return body.items.some((row) => row.id === id);
}

describe('POST /instances/team', () => {
  it("moves an instance to another team: the old team's operator no longer sees it, and it is recorded", async () => {
    const instance = await team.instance('running', alreadyIn('running'));
    const page = `/instances/${instance.region}/${instance.id}`;
    await resetLocalAwsCounters();

    const { status: moved, body } = await team.post<ActionResponse>({
      ...refOf(instance),
      team: 'search',
      reason: 'handed over to search',
    });

    try {
      expect(moved).toBe(200);
      expect(body.results[0]?.outcome).toBe('succeeded');
      expect(await ec2Calls('CreateTags')).toBe(1);
      expect(await status(page, 'operator')).toBe(404);
      expect(await listedFor('operator', instance.id)).toBe(false);
      expect((await auditRecordsOf(instance))[0]).toMatchObject({
        kind: 'outcome',
        action: 'tag-team',
        team: 'payments',
        options: { 'tag:Team': 'search' },
      });
    } finally {
      await team.post({ ...refOf(instance), team: 'payments' });
    }
    expect(await status(page, 'operator')).toBe(200);
  });

  it('removes the Team tag with team: null, leaving the instance to admins alone', async () => {
    const instance = await team.instance('stopped', alreadyIn('stopped'));
    const page = `/instances/${instance.region}/${instance.id}`;

    const { body } = await team.post<ActionResponse>({ ...refOf(instance), team: null });

    try {
      expect(body.results[0]?.outcome).toBe('succeeded');
      expect(await status(page, 'operator')).toBe(404);
      expect(await status(page, 'admin')).toBe(200);
    } finally {
      await team.post({ ...refOf(instance), team: 'payments' });
    }
  });

  it('answers unchanged when the instance is already of that team', async () => {
    const instance = await team.instance('running', alreadyIn('running'));
    await resetLocalAwsCounters();

    const { body } = await team.post<ActionResponse>({ ...refOf(instance), team: 'payments' });

    expect(body.results[0]?.outcome).toBe('unchanged');
    expect(await ec2Calls('CreateTags')).toBe(0);
  });

  it('answers 403 to an operator and records the attempt as denied', async () => {
    const instance = await team.instance('running', alreadyIn('running'));

    const { status: answered, body } = await team.post<ApiError>(
      { ...refOf(instance), team: 'search' },
      { as: 'operator' },
    );

    expect(answered).toBe(403);
    expect(body.code).toBe('Forbidden');
    expect((await auditRecordsOf(instance))[0]).toMatchObject({
      kind: 'denied',
      action: 'tag-team',
    });
  });
});
