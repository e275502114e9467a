import type { Instance, InstanceState, TagFilter } from '@fleet/contract';

/** The filters of a list query that EC2 itself can apply (exact, case-sensitive). */
export interface InstanceFilters {
  readonly states?: readonly InstanceState[];
  readonly types?: readonly string[];
  readonly tags?: readonly TagFilter[];
}

/**
 * The same filters applied in memory, with EC2's semantics exactly (values of one filter ORed,
 * filters ANDed, exact and case-sensitive), so a list served from the inventory holds the rows
 * EC2 would have returned.
 *
 * @example
 * const keep = instanceFilter({ states: ['running'], tags: [{ key: 'Team', value: 'search' }] });
 * instances.filter(keep);
 */
export function instanceFilter(filters: InstanceFilters): (instance: Instance) => boolean {
  const states = filters.states?.length ? new Set<string>(filters.states) : undefined;
  const types = filters.types?.length ? new Set(filters.types) : undefined;
  const valuesByKey = new Map<string, Set<string>>();
  for (const tag of filters.tags ?? []) {
    const values = valuesByKey.get(tag.key) ?? new Set<string>();
    values.add(tag.value);
    valuesByKey.set(tag.key, values);
  }
  const tagTests = [...valuesByKey];
  return (instance) => {
    if (states && !states.has(instance.state)) return false;
    if (types && !types.has(instance.type)) return false;
    for (const [key, values] of tagTests) {
      const value = instance.tags[key];
      if (value === undefined || !values.has(value)) return false;
    }
    return true;
  };
}
