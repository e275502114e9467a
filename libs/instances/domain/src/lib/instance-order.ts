import { INSTANCE_STATES, type Instance, type InstanceSort } from '@fleet/contract';

/** The value an instance sorts by for one column; strings compare by code point. */
export type SortValue = string | number;

// Pages served from the inventory rank the same instance objects request after request: each
// one's sort values are computed once per column, not once per request.
const sortValues = new WeakMap<Instance, Map<string, SortValue>>();

/**
 * The sort value of an instance for a column. Names compare case-insensitively; missing values
 * sort as the empty string (first ascending); states sort in lifecycle order, not alphabetically.
 */
export function sortKeyOf(instance: Instance, sort: InstanceSort): SortValue {
  const column = sort.startsWith('-') ? sort.slice(1) : sort;
  let known = sortValues.get(instance);
  const cached = known?.get(column);
  if (cached !== undefined) return cached;
  const value = computeSortKey(instance, column);
  if (!known) sortValues.set(instance, (known = new Map()));
  known.set(column, value);
  return value;
}

function computeSortKey(instance: Instance, column: string): SortValue {
  switch (column) {
    case 'name':
      return (instance.name ?? '').toLowerCase();
    case 'launchTime':
      return instance.launchTime ?? '';
    case 'state':
      return INSTANCE_STATES.indexOf(instance.state);
    case 'type':
      return instance.type;
    default:
      return instance.region;
  }
}

function compareValues(a: SortValue, b: SortValue): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/** An instance's position in a sorted list: sort value, then region and id as tie-breakers. */
export type OrderKey = readonly [SortValue, string, string];

export function orderKeyOf(instance: Instance, sort: InstanceSort): OrderKey {
  return [sortKeyOf(instance, sort), instance.region, instance.id];
}

/**
 * Total order of the list: the chosen column (descending with a leading `-`), then region and id
 * ascending. Region + id is unique, so no two instances tie and keyset paging is exact.
 */
export function compareOrderKeys(a: OrderKey, b: OrderKey, sort: InstanceSort): number {
  const direction = sort.startsWith('-') ? -1 : 1;
  return (
    direction * compareValues(a[0], b[0]) || compareValues(a[1], b[1]) || compareValues(a[2], b[2])
  );
}

/** Comparator for `Array.prototype.sort` in the list's total order. */
export function compareInstances(sort: InstanceSort): (a: Instance, b: Instance) => number {
  return (a, b) => compareOrderKeys(orderKeyOf(a, sort), orderKeyOf(b, sort), sort);
}
