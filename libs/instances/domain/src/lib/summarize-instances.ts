import {
  MAX_SUGGESTED_TAG_KEYS,
  MAX_SUGGESTED_TAG_VALUES,
  type Instance,
  type InstanceSummary,
  type InstanceSummaryQuery,
  type TagSuggestion,
} from '@fleet/contract';
import { matchesFreeText } from './free-text';
import { instanceFilter } from './instance-filters';

// Most common first; ties alphabetically, so the answer is stable.
function commonest(counts: Map<string, number>, cap: number): string[] {
  return [...counts]
    .sort(([a, n], [b, m]) => m - n || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, cap)
    .map(([value]) => value);
}

function tagSuggestions(instances: readonly Instance[]): {
  tags: TagSuggestion[];
  truncated: boolean;
} {
  const byKey = new Map<string, Map<string, number>>();
  for (const instance of instances) {
    for (const [key, value] of Object.entries(instance.tags)) {
      const values = byKey.get(key) ?? new Map<string, number>();
      values.set(value, (values.get(value) ?? 0) + 1);
      byKey.set(key, values);
    }
  }
  const keyCounts = new Map([...byKey].map(([key, values]) => [key, values.size] as const));
  const keys = commonest(keyCounts, MAX_SUGGESTED_TAG_KEYS).sort();
  let truncated = byKey.size > keys.length;
  const tags = keys.map((key) => {
    const values = byKey.get(key) ?? new Map<string, number>();
    truncated ||= values.size > MAX_SUGGESTED_TAG_VALUES;
    return { key, values: commonest(values, MAX_SUGGESTED_TAG_VALUES) };
  });
  return { tags, truncated };
}

/**
 * The fleet-wide figures of a list query over the instances a caller may see (already scoped to
 * their teams and regions): how many rows match every filter, how many match per state with the
 * state filter left out, and the tag keys and values of all of them, for suggestions.
 *
 * @example
 * summarizeInstances(visible, { state: ['running'] }).total; // 41
 */
export function summarizeInstances(
  visible: readonly Instance[],
  query: InstanceSummaryQuery,
): InstanceSummary {
  const states = query.state?.length ? new Set<string>(query.state) : undefined;
  const others = instanceFilter({ types: query.type, tags: query.tag });
  const byState: Record<string, number> = {};
  let total = 0;
  for (const instance of visible) {
    if (!others(instance) || !matchesFreeText(instance, query.q)) continue;
    byState[instance.state] = (byState[instance.state] ?? 0) + 1;
    if (!states || states.has(instance.state)) total += 1;
  }
  const { tags, truncated } = tagSuggestions(visible);
  return { total, byState, tags, tagsTruncated: truncated };
}
