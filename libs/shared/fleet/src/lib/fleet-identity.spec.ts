import { instanceKey } from './instance-key';
import { InvalidRequestError, NotFoundError, instanceNotFound } from './request-errors';
import { inTeamScope, teamOf } from './team-scope';

describe('instanceKey', () => {
  it('keys an instance by region and id, so equal ids in two regions stay apart', () => {
    const id = 'i-0123456789abcdef0';

    expect(instanceKey({ region: 'eu-west-1', id })).not.toBe(
      instanceKey({ region: 'us-east-1', id }),
    );
    expect(instanceKey({ region: 'eu-west-1', id })).toBe(`eu-west-1/${id}`);
  });
});

describe('inTeamScope', () => {
  it('lets a caller without a scope (an admin) reach every instance, untagged ones included', () => {
    expect(inTeamScope(undefined, undefined)).toBe(true);
  });

  it("keeps a team member to the team's own instances, and away from untagged ones", () => {
    expect(inTeamScope(['payments'], 'payments')).toBe(true);
    expect(inTeamScope(['payments'], 'search')).toBe(false);
    expect(inTeamScope(['payments'], teamOf({ tags: {} }))).toBe(false);
  });

  it('gives a caller of no team no instance at all', () => {
    expect(inTeamScope([], 'payments')).toBe(false);
  });
});

describe('the request error family', () => {
  it('answers 400 and 404 with their code and message exposed, and keeps its class name', () => {
    const invalid = new InvalidRequestError('UnknownRegion', 'Not a managed region: sa-east-1.');
    const missing = new NotFoundError('InstanceNotFound', 'No instance i-1 in eu-west-1.');

    expect(invalid).toMatchObject({ statusCode: 400, expose: true, code: 'UnknownRegion' });
    expect(missing).toMatchObject({ statusCode: 404, expose: true, code: 'InstanceNotFound' });
    expect(invalid.name).toBe('InvalidRequestError');
  });

  it('words an absent instance and one out of scope alike', () => {
    expect(instanceNotFound({ region: 'eu-west-1', id: 'i-1' })).toMatchObject({
      statusCode: 404,
      code: 'InstanceNotFound',
      message: 'No instance i-1 in eu-west-1.',
    });
  });
});
