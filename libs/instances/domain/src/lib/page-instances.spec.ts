import {
  INSTANCE_SORT_KEYS,
  ListInstancesQuerySchema,
  type Instance,
  type ListInstancesParams,
} from '@fleet/contract';
import { aFleetWithTies, anInstance } from '@fleet/testing';
import { InvalidRequestError } from '@fleet/fleet';
import { pageInstances } from './page-instances';

function query(params: ListInstancesParams = {}) {
  return ListInstancesQuerySchema.parse(params);
}

function walk(instances: Instance[], params: ListInstancesParams): string[] {
  const ids: string[] = [];
  let cursor: string | undefined;
  do {
    const page = pageInstances(instances, query({ ...params, cursor }));
    ids.push(...page.items.map((item) => `${item.region}/${item.id}`));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return ids;
}

describe('pageInstances', () => {
  const all = aFleetWithTies(61);

  it.each(INSTANCE_SORT_KEYS.flatMap((key) => [key, `-${key}`]))(
    'walks every row exactly once, in order, sorted by %s',
    (sort) => {
      const paged = walk(all, { sort: sort as ListInstancesParams['sort'], limit: 7 });
      const whole = pageInstances(
        all,
        query({ sort: sort as ListInstancesParams['sort'], limit: 100 }),
      );

      expect(paged).toHaveLength(61);
      expect(new Set(paged).size).toBe(61);
      expect(paged).toEqual(whole.items.map((item) => `${item.region}/${item.id}`));
    },
  );

  it('answers no cursor on the last page', () => {
    expect(pageInstances(all, query({ limit: 100 })).nextCursor).toBeNull();
    expect(pageInstances(all, query({ limit: 60 })).nextCursor).not.toBeNull();
  });

  it('sorts states in lifecycle order, not alphabetically', () => {
    const states = pageInstances(all, query({ sort: 'state', limit: 100 })).items.map(
      (item) => item.state,
    );

    expect([...new Set(states)]).toEqual(['pending', 'running', 'stopped', 'terminated']);
  });

  it('neither repeats nor skips rows when instances appear or vanish between pages', () => {
    const first = pageInstances(all, query({ limit: 10 }));
    const seen = first.items.map((item) => item.id);
    const newcomer = anInstance({ region: 'af-south-1', id: 'i-0ffffffffffffffff', name: null }); // sorts first
    const changed = [newcomer, ...all.filter((item) => item.id !== first.items[9]?.id)];

    const second = pageInstances(
      changed,
      query({ limit: 10, cursor: first.nextCursor ?? undefined }),
    );

    const expectedNext = pageInstances(all, query({ limit: 100 }))
      .items.slice(10, 20)
      .map((item) => item.id);
    expect(second.items.map((item) => item.id)).toEqual(expectedNext);
    expect(second.items.some((item) => seen.includes(item.id))).toBe(false);
  });

  it('applies free text before paging, so every page is full of matches', () => {
    const page = pageInstances(all, query({ q: 'SVC-3', limit: 3 }));

    expect(page.items).toHaveLength(3);
    expect(page.items.every((item) => item.name === 'svc-3')).toBe(true);
  });

  it('refuses a cursor that belongs to other filters', () => {
    const { nextCursor } = pageInstances(all, query({ limit: 5, q: 'svc' }));

    expect(() =>
      pageInstances(all, query({ limit: 5, q: 'other', cursor: nextCursor ?? '' })),
    ).toThrow(expect.objectContaining({ code: 'InvalidCursor', statusCode: 400 }));
  });

  it('refuses a damaged cursor as a 400, not a crash', () => {
    expect(() => pageInstances(all, query({ cursor: 'not-a-cursor' }))).toThrow(
      InvalidRequestError,
    );
  });
});
