import { roleNameOf } from './instance-configuration';

describe('roleNameOf', () => {
  it('reads the role name at the end of an instance profile ARN, paths included', () => {
    expect(roleNameOf('arn:aws:iam::123456789012:instance-profile/web-role')).toBe('web-role');
    expect(roleNameOf('arn:aws:iam::123456789012:instance-profile/team/api/api-role')).toBe(
      'api-role',
    );
  });

  it('answers null without a profile', () => {
    expect(roleNameOf(null)).toBeNull();
  });
});
