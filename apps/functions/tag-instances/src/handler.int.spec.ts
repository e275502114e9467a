import type { ActionResponse, ApiError, InstancePage } from '@fleet/contract';
import {
  actionRoute,
  alreadyIn,
  auditRecordsOf,
  callApi,
  ec2Calls,
  injectFaults,
  instanceDetailOf,
  refOf,
  resetLocalAwsCounters,
} from '@fleet/testing';

const tags = actionRoute('/instances/tags', { team: 'payments', as: 'operator' });
const searchTeam = actionRoute('/instances/tags', { team: 'search', as: 'operator' });

// Instances taken in the state they are already in (alreadyIn, or as-is where the state does not
// matter): these tests never stop or start one, so the suites that read the seeded states are
// left as they were.

async function tagsOf(instance: { region: string; id: string }): Promise<Record<string, string>> {
  return (await instanceDetailOf(instance)).tags;
}

describe('POST /instances/tags', () => {
  it('sets and removes tags with one DeleteTags and one CreateTags, and records the edit', async () => {
    const instance = await tags.instance('running', alreadyIn('running'));
    await tags.post({ ...refOf(instance), set: { Scratch: 'old' } });
    await resetLocalAwsCounters();

    const { status, body } = await tags.post<ActionResponse>({
      ...refOf(instance),
      set: { Owner: 'ana', 'Cost Centre': 'cc-42' },
      remove: ['Scratch'],
    });

    expect(status).toBe(200);
    expect(body.results[0]).toMatchObject({ outcome: 'succeeded', stateBefore: 'running' });
    expect([await ec2Calls('DeleteTags'), await ec2Calls('CreateTags')]).toEqual([1, 1]);
    const after = await tagsOf(instance);
    expect(after).toMatchObject({ Owner: 'ana', 'Cost Centre': 'cc-42', Team: 'payments' });
    expect(after).not.toHaveProperty('Scratch');
    expect((await auditRecordsOf(instance))[0]).toMatchObject({
      kind: 'outcome',
      action: 'tag',
      outcome: 'succeeded',
      options: { 'tag:Owner': 'ana', 'tag:Cost Centre': 'cc-42', 'untag:Scratch': true },
    });
    await tags.post({ ...refOf(instance), remove: ['Owner', 'Cost Centre'] });
  });

  // DeleteTags then CreateTags: two calls that can half-succeed. A failed edit must not leave the
  // removal behind.
  it('puts removed tags back when CreateTags fails after DeleteTags, and reports the edit failed', async () => {
    const instance = await tags.instance('as-is');
    await tags.post({ ...refOf(instance), set: { Scratch: 'keep-me' } });
    const before = await tagsOf(instance);
    // The SDK's three attempts of the edit's CreateTags fail; the restore after them goes through.
    await injectFaults([{ service: 'ec2', action: 'CreateTags', internalError: 1, times: 3 }]);
    await resetLocalAwsCounters();

    const { status, body } = await tags.post<ActionResponse>({
      ...refOf(instance),
      set: { Owner: 'cy' },
      remove: ['Scratch'],
    });

    expect(status).toBe(200);
    expect(body.results[0]).toMatchObject({ outcome: 'failed', errorCode: 'InternalError' });
    expect([await ec2Calls('DeleteTags'), await ec2Calls('CreateTags')]).toEqual([1, 4]);
    expect(await tagsOf(instance)).toEqual(before);
    expect((await auditRecordsOf(instance))[0]).toMatchObject({ outcome: 'failed' });
    await tags.post({ ...refOf(instance), remove: ['Scratch'] });
  });

  it('says which removed tags stay removed when putting them back fails too', async () => {
    const instance = await tags.instance('as-is');
    await tags.post({ ...refOf(instance), set: { Scratch: 'lost' } });
    await injectFaults([{ service: 'ec2', action: 'CreateTags', internalError: 1 }]);

    const { body } = await tags.post<ActionResponse>({
      ...refOf(instance),
      set: { Owner: 'dee' },
      remove: ['Scratch'],
    });

    expect(body.results[0]).toMatchObject({ outcome: 'failed', errorCode: 'InternalError' });
    expect(body.results[0]?.message).toContain('(Scratch) could not be put back');
    expect(await tagsOf(instance)).not.toHaveProperty('Scratch');
  });

  it('answers unchanged without calling EC2 when the tags already read as asked', async () => {
    const instance = await tags.instance('as-is');
    await tags.post({ ...refOf(instance), set: { Owner: 'bo' } });
    await resetLocalAwsCounters();

    const { body } = await tags.post<ActionResponse>({ ...refOf(instance), set: { Owner: 'bo' } });

    expect(body.results[0]?.outcome).toBe('unchanged');
    expect(await ec2Calls('CreateTags')).toBe(0);
    await tags.post({ ...refOf(instance), remove: ['Owner'] });
  });

  it('shows the edit in the list at once (write-through to the inventory)', async () => {
    const instance = await tags.instance('running', alreadyIn('running'));

    await tags.post({ ...refOf(instance), set: { Marker: instance.id } });
    const { body } = await callApi<InstancePage>(
      `/instances?tag=${encodeURIComponent(`Marker=${instance.id}`)}`,
      {},
      { as: 'operator' },
    );

    expect(body.items.map((row) => row.id)).toEqual([instance.id]);
    await tags.post({ ...refOf(instance), remove: ['Marker'] });
  });

  it.each([
    ['setting', { set: { Team: 'search' } }],
    ['removing', { remove: ['Team'] }],
  ])('refuses %s the Team tag with 400 and calls no EC2', async (_, edit) => {
    const instance = await tags.instance('running', alreadyIn('running'));
    await resetLocalAwsCounters();

    const { status, body } = await tags.post<ApiError>({ ...refOf(instance), ...edit });

    expect(status).toBe(400);
    expect(body.code).toBe('ValidationError');
    expect(body.message).toContain('/instances/team');
    expect((await ec2Calls('CreateTags')) + (await ec2Calls('DeleteTags'))).toBe(0);
  });

  it("answers an operator 409 InstanceNotFound for another team's instance, tagging nothing", async () => {
    const other = await searchTeam.instance('running', alreadyIn('running'));
    await resetLocalAwsCounters();

    const { status, body } = await tags.post<ApiError>({ ...refOf(other), set: { Owner: 'x' } });

    expect(status).toBe(409);
    expect(body.code).toBe('InstanceNotFound');
    expect(await ec2Calls('CreateTags')).toBe(0);
  });

  it('answers 403 to a viewer and records the attempt as denied', async () => {
    const instance = await tags.instance('running', alreadyIn('running'));

    const { status } = await tags.post(
      { ...refOf(instance), set: { Owner: 'v' } },
      { as: 'viewer' },
    );

    expect(status).toBe(403);
    expect((await auditRecordsOf(instance))[0]).toMatchObject({ kind: 'denied', action: 'tag' });
  });
});
