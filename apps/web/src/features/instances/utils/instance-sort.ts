import type { InstanceSort } from '@fleet/contract';

export type InstanceSortKey = 'name' | 'launchTime' | 'state' | 'type' | 'region';
export type SortDirection = 'asc' | 'desc';

/**
 * Splits the API's `sort` (`-launchTime`) into column and direction.
 *
 * @example
 * parseSort('-launchTime'); // { key: 'launchTime', direction: 'desc' }
 */
export function parseSort(sort: InstanceSort): { key: InstanceSortKey; direction: SortDirection } {
  return sort.startsWith('-')
    ? { key: sort.slice(1) as InstanceSortKey, direction: 'desc' }
    : { key: sort as InstanceSortKey, direction: 'asc' };
}

// Operators looking at launch times want the newest first; every other column reads A→Z first.
const FIRST_DIRECTION: Record<InstanceSortKey, SortDirection> = {
  name: 'asc',
  launchTime: 'desc',
  state: 'asc',
  type: 'asc',
  region: 'asc',
};

/**
 * The sort after a click on `key`'s header: the same column flips, another one starts at its
 * natural direction.
 *
 * @example
 * nextSort('name', 'name'); // '-name'
 * nextSort('name', 'launchTime'); // '-launchTime'
 */
export function nextSort(current: InstanceSort, key: InstanceSortKey): InstanceSort {
  const { key: currentKey, direction } = parseSort(current);
  const nextDirection =
    currentKey === key ? (direction === 'asc' ? 'desc' : 'asc') : FIRST_DIRECTION[key];
  return (nextDirection === 'desc' ? `-${key}` : key) as InstanceSort;
}
