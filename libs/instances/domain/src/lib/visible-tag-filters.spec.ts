import { principalFromGroups } from '@fleet/access';
import { visibleTagFilters } from './visible-tag-filters';

describe('visibleTagFilters', () => {
  it('keeps the filters asked for unchanged for an admin, who sees the whole fleet', () => {
    const admin = principalFromGroups('u-1', 'admin@example.com', ['admins']);
    expect(visibleTagFilters(admin, [{ key: 'env', value: 'prod' }])).toEqual([
      { key: 'env', value: 'prod' },
    ]);
  });

  it("adds an operator's own teams to the filters asked for", () => {
    const operator = principalFromGroups('u-2', 'op@example.com', ['operators', 'team-payments']);
    expect(visibleTagFilters(operator, [{ key: 'env', value: 'prod' }])).toEqual([
      { key: 'env', value: 'prod' },
      { key: 'Team', value: 'payments' },
    ]);
  });

  it('answers null when the caller asks only for teams outside their scope', () => {
    const operator = principalFromGroups('u-3', 'op@example.com', ['operators', 'team-payments']);
    expect(visibleTagFilters(operator, [{ key: 'Team', value: 'search' }])).toBeNull();
  });
});
