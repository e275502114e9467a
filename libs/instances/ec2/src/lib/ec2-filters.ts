import type { Filter } from '@aws-sdk/client-ec2';
import type { InstanceFilters } from '@fleet/instances-domain';

export type { InstanceFilters } from '@fleet/instances-domain';

// EC2 treats `*` and `?` in filter values as wildcards; a tag value holding them literally must
// be escaped so `Team=a*` does not also match `Team=ab`.
function literal(value: string): string {
  return value.replace(/[\\*?]/g, (char) => `\\${char}`);
}

/**
 * EC2 filters for a list query: values of one filter are ORed, filters are ANDed — EC2's own
 * semantics, so the query means the same whether EC2 or we apply it. Two values for one tag key
 * become one `tag:<key>` filter with both values.
 *
 * @example
 * ec2FiltersOf({ states: ['running'], tags: [{ key: 'Team', value: 'payments' }] });
 * // [{ Name: 'instance-state-name', Values: ['running'] }, { Name: 'tag:Team', Values: ['payments'] }]
 */
export function ec2FiltersOf(filters: InstanceFilters): Filter[] {
  const result: Filter[] = [];
  if (filters.states?.length)
    result.push({ Name: 'instance-state-name', Values: [...filters.states] });
  if (filters.types?.length) result.push({ Name: 'instance-type', Values: [...filters.types] });
  const valuesByKey = new Map<string, string[]>();
  for (const tag of filters.tags ?? []) {
    valuesByKey.set(tag.key, [...(valuesByKey.get(tag.key) ?? []), literal(tag.value)]);
  }
  for (const [key, values] of valuesByKey) result.push({ Name: `tag:${key}`, Values: values });
  return result;
}
