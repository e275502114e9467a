import { ec2FiltersOf } from './ec2-filters';

describe('ec2FiltersOf', () => {
  it('ORs values within a filter and ANDs filters, as EC2 does', () => {
    expect(
      ec2FiltersOf({
        states: ['running', 'stopped'],
        types: ['t3.micro'],
        tags: [
          { key: 'Team', value: 'payments' },
          { key: 'Team', value: 'search' },
          { key: 'Environment', value: 'production' },
        ],
      }),
    ).toEqual([
      { Name: 'instance-state-name', Values: ['running', 'stopped'] },
      { Name: 'instance-type', Values: ['t3.micro'] },
      { Name: 'tag:Team', Values: ['payments', 'search'] },
      { Name: 'tag:Environment', Values: ['production'] },
    ]);
  });

  it('escapes EC2 wildcards in tag values, which the API matches literally', () => {
    expect(ec2FiltersOf({ tags: [{ key: 'Note', value: 'a*b?c\\' }] })).toEqual([
      { Name: 'tag:Note', Values: ['a\\*b\\?c\\\\'] },
    ]);
  });

  it('sends no filter for an empty query', () => {
    expect(ec2FiltersOf({})).toEqual([]);
  });
});
