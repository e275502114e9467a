/** An EventBridge event pattern (the subset of its matchers the product's rules use, and more). */
export type EventPattern = { readonly [key: string]: readonly unknown[] | EventPattern };

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function matchesValue(matcher: unknown, value: unknown): boolean {
  if (!isObject(matcher)) return matcher === value;
  if ('prefix' in matcher)
    return typeof value === 'string' && value.startsWith(String(matcher['prefix']));
  if ('suffix' in matcher)
    return typeof value === 'string' && value.endsWith(String(matcher['suffix']));
  if ('anything-but' in matcher) {
    const excluded = matcher['anything-but'];
    return (
      value !== undefined && !(Array.isArray(excluded) ? excluded : [excluded]).includes(value)
    );
  }
  if ('equals-ignore-case' in matcher)
    return (
      typeof value === 'string' &&
      value.toLowerCase() === String(matcher['equals-ignore-case']).toLowerCase()
    );
  throw new Error(`event pattern matcher ${JSON.stringify(matcher)} is not emulated`);
}

function matchesField(matchers: readonly unknown[], value: unknown): boolean {
  const exists = matchers.find((matcher) => isObject(matcher) && 'exists' in matcher) as
    Json | undefined;
  if (exists) return (value !== undefined) === Boolean(exists['exists']);
  // An array in the event matches when any of its elements matches, as on EventBridge.
  const values = Array.isArray(value) ? value : [value];
  return values.some((each) => each !== undefined && matchers.some((m) => matchesValue(m, each)));
}

/**
 * EventBridge's matching: every field named by the pattern must match (AND), one of the values
 * listed for it must match (OR), nested objects recurse; fields the pattern does not name are free.
 *
 * @example
 * matchesPattern({ source: ['aws.ec2'], detail: { state: ['stopped'] } }, event); // true/false
 */
export function matchesPattern(pattern: EventPattern, event: unknown): boolean {
  const fields = isObject(event) ? event : {};
  return Object.entries(pattern).every(([key, expected]) =>
    Array.isArray(expected)
      ? matchesField(expected, fields[key])
      : isObject(fields[key]) && matchesPattern(expected as EventPattern, fields[key]),
  );
}
