import type { ApiError } from '@fleet/contract';
import { callApi, type DemoUserKey, jsonPost } from '@fleet/testing';

// Role × route for the edit routes (tags, Team tag, resize, type choices), with real tokens from
// the local Cognito through the authorizer. An action body names an instance no one has: a role
// let through gets 409 InstanceNotFound (nothing acted on), a role refused gets 403.
const NOBODY = { region: 'us-east-1', id: 'i-0000000000000dead' };
const ROUTES = {
  tags: { path: '/instances/tags', body: { ...NOBODY, set: { Owner: 'matrix' } } },
  team: { path: '/instances/team', body: { ...NOBODY, team: 'search' } },
  resize: { path: '/instances/resize', body: { ...NOBODY, instanceType: 't3.large' } },
  types: { path: '/instance-types?region=us-east-1&architecture=x86_64' },
} as const;

const CELLS: readonly (readonly [DemoUserKey, keyof typeof ROUTES, number])[] = [
  ['viewer', 'tags', 403],
  ['operator', 'tags', 409],
  ['sre', 'tags', 403],
  ['admin', 'tags', 409],
  ['viewer', 'team', 403],
  ['operator', 'team', 403],
  ['sre', 'team', 403],
  ['admin', 'team', 409],
  ['viewer', 'resize', 403],
  ['operator', 'resize', 409],
  ['sre', 'resize', 403],
  ['admin', 'resize', 409],
  ['viewer', 'types', 403],
  ['operator', 'types', 200],
  ['sre', 'types', 403],
  ['admin', 'types', 200],
];

describe('edit routes access matrix', () => {
  it.each(CELLS)('answers %s on %s with %i', async (as, name, expected) => {
    const route = ROUTES[name];
    const init: RequestInit = 'body' in route ? jsonPost(route.body) : {};

    const { status, body } = await callApi<ApiError>(route.path, init, { as });

    expect(status).toBe(expected);
    if (expected === 403) expect(body.code).toBe('Forbidden');
    if (expected === 409) expect(body.code).toBe('InstanceNotFound');
  });
});
