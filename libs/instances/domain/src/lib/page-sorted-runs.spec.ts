import {
  INSTANCE_SORT_KEYS,
  ListInstancesQuerySchema,
  type Instance,
  type InstancePage,
  type ListInstancesParams,
} from '@fleet/contract';
import { aFleetWithTies } from '@fleet/testing';
import { instanceFilter } from './instance-filters';
import { pageInstances } from './page-instances';
import { pageSortedRuns, WALK_BUDGET } from './page-sorted-runs';
import { partsFor, sortedIndex, type SortedIndex } from './sorted-index';

type Pager = (params: ListInstancesParams) => Pick<InstancePage, 'items' | 'nextCursor'>;

// The inventory's chunks hold instances by a hash of their id: any split, in any order.
function chunked(instances: readonly Instance[], chunks: number): SortedIndex[] {
  const parts = Array.from({ length: chunks }, (): Instance[] => []);
  instances.forEach((instance, i) => parts[(i * 7) % chunks]?.push(instance));
  return parts.map(sortedIndex);
}

function walk(pager: Pager, params: ListInstancesParams): string[] {
  const ids: string[] = [];
  let cursor: string | undefined;
  do {
    const page = pager({ ...params, cursor });
    ids.push(...page.items.map((item) => `${item.region}/${item.id}`));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return ids;
}

const query = (params: ListInstancesParams) => ListInstancesQuerySchema.parse(params);

describe('pageSortedRuns', () => {
  const all = aFleetWithTies(200);
  const indexes = chunked(all, 5);
  const sorted: Pager = (params) => pageSortedRuns(indexes, query(params));
  const scanned: Pager = (params) => pageInstances(all, query(params));

  it.each(INSTANCE_SORT_KEYS.flatMap((key) => [key, `-${key}`]))(
    'pages the chunks in the same order and with the same cursors as a scan, sorted by %s',
    (sort) => {
      const params = { sort: sort as ListInstancesParams['sort'], limit: 9 };

      const paged = walk(sorted, params);

      expect(paged).toHaveLength(200);
      expect(paged).toEqual(walk(scanned, params));
      expect(sorted(params).nextCursor).toBe(scanned(params).nextCursor);
    },
  );

  it('accepts a cursor written by a scan, and the other way round', () => {
    const first = scanned({ limit: 20, sort: '-launchTime' });
    const second = sorted({ limit: 20, sort: '-launchTime', cursor: first.nextCursor ?? '' });

    expect(second.items).toEqual(
      scanned({ limit: 20, sort: '-launchTime', cursor: first.nextCursor ?? '' }).items,
    );
  });

  it('applies filters and free text while merging, so every page is full of matches', () => {
    const filter = instanceFilter({ states: ['running', 'stopped'] });
    const params = { q: 'svc-3', limit: 4, sort: 'type' } as const;

    const paged = walk((p) => pageSortedRuns(indexes, query(p), filter), params);

    const expected = walk((p) => pageInstances(all.filter(filter), query(p)), params);
    expect(paged.length).toBeGreaterThan(4);
    expect(paged).toEqual(expected);
  });

  it('pages a tag filter from the index parts of the values asked, as a scan would', () => {
    const tags = [
      { key: 'Team', value: 'payments' },
      { key: 'Team', value: 'nobody' },
    ];
    const parts = indexes.flatMap((index) => partsFor(index, tags));
    const filter = instanceFilter({ tags });

    const paged = walk((p) => pageSortedRuns(parts, query(p), filter), { limit: 7 });

    expect(paged).toHaveLength(100);
    expect(paged).toEqual(walk((p) => pageInstances(all.filter(filter), query(p)), { limit: 7 }));
  });

  it('still finds rare rows beyond its walking budget, by one pass over the rest', () => {
    const big = aFleetWithTies(WALK_BUDGET * 2);
    const rare = new Set([big[5]?.id, big[WALK_BUDGET + 17]?.id, big.at(-1)?.id]);
    const filter = (instance: Instance): boolean => rare.has(instance.id);

    const paged = walk((p) => pageSortedRuns(chunked(big, 9), query(p), filter), { limit: 2 });

    expect(paged).toEqual(walk((p) => pageInstances(big.filter(filter), query(p)), { limit: 2 }));
    expect(paged).toHaveLength(3);
  });

  it('answers an empty page with no cursor when there are no chunks', () => {
    expect(pageSortedRuns([], query({}))).toEqual({ items: [], nextCursor: null });
  });
});
