import type { ApiError, Instance, InstancePage } from '@fleet/contract';
import { DEMO_USERS } from '@fleet/demo-users';
import { callApi, demoUser, type DemoUserKey, jsonPost } from '@fleet/testing';

// Role × route × in/out of team, with real tokens from the local Cognito through the authorizer.
// Demo users, one per role: admin and sre (every team), operator and viewer (team payments).
const USERS: readonly DemoUserKey[] = DEMO_USERS.map((user) => user.key);

function teamsOf(key: DemoUserKey): string[] {
  return demoUser(key)
    .groups.filter((group) => group.startsWith('team-'))
    .map((group) => group.slice('team-'.length));
}

async function everyInstance(key: DemoUserKey): Promise<Instance[]> {
  const rows: Instance[] = [];
  let cursor: string | null = null;
  do {
    const suffix: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
    const { status, body } = await callApi<InstancePage>(
      `/instances?limit=100${suffix}`,
      {},
      { as: key },
    );
    expect(status).toBe(200);
    rows.push(...body.items);
    cursor = body.nextCursor;
  } while (cursor);
  return rows;
}

describe('access matrix', () => {
  let fleet: Instance[];
  let ofTeam: (team: string) => Instance;

  beforeAll(async () => {
    fleet = await everyInstance('admin');
    ofTeam = (team) => {
      const instance = fleet.find((candidate) => candidate.tags['Team'] === team);
      if (!instance) throw new Error(`the seeded fleet has no instance of team ${team}`);
      return instance;
    };
  });

  it('lets an admin list the whole fleet, every team and untagged instances alike', async () => {
    const teams = new Set(fleet.map((instance) => instance.tags['Team']));

    expect(teams.size).toBeGreaterThanOrEqual(3);
  });

  it.each(USERS.filter((key) => teamsOf(key).length > 0))(
    'lists for %s only the instances of their teams',
    async (key) => {
      const rows = await everyInstance(key);
      const expected = fleet.filter((instance) =>
        teamsOf(key).includes(instance.tags['Team'] ?? ''),
      );

      expect(rows.map((row) => row.id).sort()).toEqual(expected.map((row) => row.id).sort());
      expect(rows.length).toBeGreaterThan(0);
    },
  );

  it.each([
    ['admin', 'payments', 200],
    ['admin', 'search', 200],
    ['operator', 'payments', 200],
    ['operator', 'search', 404],
    ['viewer', 'payments', 200],
    ['viewer', 'search', 404],
    ['sre', 'payments', 200],
    ['sre', 'search', 200],
  ] as const)('answers %s reading one %s instance with %i', async (key, team, expected) => {
    const instance = ofTeam(team);

    const { status, body } = await callApi<ApiError>(
      `/instances/${instance.region}/${instance.id}`,
      {},
      { as: key },
    );

    expect(status).toBe(expected);
    if (expected === 404) expect(body.message).not.toContain(team);
  });

  it('lets an SRE list the whole fleet, every team, like an admin', async () => {
    const rows = await everyInstance('sre');

    expect(rows.map((row) => row.id).sort()).toEqual(fleet.map((row) => row.id).sort());
  });

  it.each(['start', 'stop', 'reboot', 'terminate', 'protection'])(
    'refuses an SRE the %s action with 403, whatever the team',
    async (action) => {
      const instance = ofTeam('payments');

      const { status, body } = await callApi<ApiError>(
        `/instances/${action}`,
        jsonPost({
          region: instance.region,
          id: instance.id,
          reason: 'sre check',
          ...(action === 'protection' ? { disableApiStop: true } : {}),
        }),
        { as: 'sre' },
      );

      expect(status).toBe(403);
      expect(body.code).toBe('Forbidden');
    },
  );

  it('answers an out-of-team instance exactly like one that does not exist', async () => {
    const hidden = ofTeam('search');

    const outOfScope = await callApi<ApiError>(
      `/instances/${hidden.region}/${hidden.id}`,
      {},
      { as: 'viewer' },
    );
    const absent = await callApi<ApiError>(
      `/instances/${hidden.region}/i-0000000000000dead`,
      {},
      { as: 'viewer' },
    );

    expect(outOfScope.status).toBe(absent.status);
    expect(outOfScope.body.code).toBe(absent.body.code);
  });

  it('never lets a Team filter reach outside the caller teams', async () => {
    const { status, body } = await callApi<InstancePage>(
      '/instances?tag=Team%3Dsearch',
      {},
      { as: 'viewer' },
    );

    expect(status).toBe(200);
    expect(body.items).toEqual([]);
  });

  it.each(['/instances', '/instances/us-east-1/i-0123456789abcdef0'])(
    'answers 401 on %s without a token',
    async (path) => {
      expect((await callApi(path, {}, { as: null })).status).toBe(401);
    },
  );
});
