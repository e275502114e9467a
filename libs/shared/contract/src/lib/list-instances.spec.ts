import { ListInstancesQuerySchema } from './list-instances';

describe('ListInstancesQuerySchema', () => {
  it('reads comma-separated and repeated list parameters alike', () => {
    const once = ListInstancesQuerySchema.parse({ state: 'running,stopped' });
    const repeated = ListInstancesQuerySchema.parse({ state: ['running', 'stopped'] });

    expect(once.state).toEqual(['running', 'stopped']);
    expect(repeated.state).toEqual(['running', 'stopped']);
  });

  it('splits tag filters at the first = only, keeping values whole', () => {
    const query = ListInstancesQuerySchema.parse({ tag: ['Team=payments', 'Note=a=b,c'] });

    expect(query.tag).toEqual([
      { key: 'Team', value: 'payments' },
      { key: 'Note', value: 'a=b,c' },
    ]);
  });

  it('defaults to 50 rows sorted by name', () => {
    expect(ListInstancesQuerySchema.parse({})).toMatchObject({ limit: 50, sort: 'name' });
  });

  it.each([
    [{ limit: '0' }, 'limit'],
    [{ limit: '101' }, 'limit'],
    [{ limit: '2.5' }, 'limit'],
    [{ state: 'sleeping' }, 'state'],
    [{ region: 'Mars' }, 'region'],
    [{ sort: 'cost' }, 'sort'],
    [{ tag: 'Team' }, 'tag'],
    [{ type: 'big' }, 'type'],
  ])('refuses %j, naming %s', (params, field) => {
    const result = ListInstancesQuerySchema.safeParse(params);

    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path[0]).toBe(field);
  });
});
