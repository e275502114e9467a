import { Ec2Error } from '../protocol/ec2-error';
import type { Ec2Filter } from '../protocol/query-params';

/** Reads one filterable field of an item; several values when the field is a set. */
export type FieldReader<T> = (item: T) => string | readonly string[] | undefined;

/** Reads an item's tags, for `tag:<key>`, `tag-key` and `tag-value`. */
export type TagReader<T> = (item: T) => ReadonlyMap<string, string>;

/**
 * EC2 filter values accept `*` (any run) and `?` (one character); a backslash escapes them
 * (`\*` is a literal `*`, `\\` a literal backslash), as EC2 documents.
 */
export function wildcardToRegExp(pattern: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i] as string;
    const next = pattern[i + 1];
    if (char === '\\' && (next === '*' || next === '?' || next === '\\')) {
      source += `\\${next}`;
      i++;
    } else if (char === '*') source += '[\\s\\S]*';
    else if (char === '?') source += '[\\s\\S]';
    else source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

function anyMatches(patterns: readonly RegExp[], values: Iterable<string>): boolean {
  for (const value of values) {
    for (const pattern of patterns) if (pattern.test(value)) return true;
  }
  return false;
}

/**
 * Compiles `Filter.N` into one predicate: values of one filter are OR-ed, filters are AND-ed, as on
 * EC2. Unknown filter names answer `InvalidParameterValue` like EC2 does.
 */
export function compileFilters<T>(
  filters: readonly Ec2Filter[],
  fields: Readonly<Record<string, FieldReader<T>>>,
  tags?: TagReader<T>,
): (item: T) => boolean {
  const tests: ((item: T) => boolean)[] = [];
  for (const filter of filters) {
    const patterns = filter.values.map(wildcardToRegExp);
    if (tags && filter.name.startsWith('tag:')) {
      const key = filter.name.slice(4);
      tests.push((item) => {
        const value = tags(item).get(key);
        return value !== undefined && anyMatches(patterns, [value]);
      });
    } else if (tags && filter.name === 'tag-key') {
      tests.push((item) => anyMatches(patterns, tags(item).keys()));
    } else if (tags && filter.name === 'tag-value') {
      tests.push((item) => anyMatches(patterns, tags(item).values()));
    } else {
      const read = fields[filter.name];
      if (!read)
        throw new Ec2Error('InvalidParameterValue', `The filter '${filter.name}' is invalid`);
      tests.push((item) => {
        const value = read(item);
        if (value === undefined) return false;
        return anyMatches(patterns, typeof value === 'string' ? [value] : value);
      });
    }
  }
  return (item) => tests.every((test) => test(item));
}
