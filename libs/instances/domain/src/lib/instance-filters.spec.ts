import { anInstance } from '@fleet/testing';
import { instanceFilter } from './instance-filters';

describe('instanceFilter', () => {
  const web = anInstance({
    id: 'i-1',
    state: 'running',
    type: 't3.micro',
    tags: { Team: 'search' },
  });
  const db = anInstance({ id: 'i-2', state: 'stopped', type: 'm5.large', tags: { Team: 'data' } });
  const bare = anInstance({ id: 'i-3', state: 'running', tags: {} });

  it('ORs the values of one filter and ANDs the filters, as EC2 does', () => {
    const keep = instanceFilter({
      states: ['running', 'stopped'],
      tags: [
        { key: 'Team', value: 'search' },
        { key: 'Team', value: 'data' },
      ],
    });

    expect([web, db, bare].filter(keep)).toEqual([web, db]);
  });

  it('matches tag values exactly, with no wildcard and no case folding', () => {
    expect(instanceFilter({ tags: [{ key: 'Team', value: 'sea*' }] })(web)).toBe(false);
    expect(instanceFilter({ tags: [{ key: 'Team', value: 'Search' }] })(web)).toBe(false);
  });

  it('lets everything through with no filter', () => {
    expect([web, db, bare].filter(instanceFilter({}))).toHaveLength(3);
  });
});
