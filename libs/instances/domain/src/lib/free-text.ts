import type { Instance } from '@fleet/contract';

// A page served from the inventory scans the same instance objects request after request: their
// text is built once per object, not once per request.
const texts = new WeakMap<Instance, string>();

function searchableText(instance: Instance): string {
  const cached = texts.get(instance);
  if (cached !== undefined) return cached;
  const text = [
    instance.id,
    instance.name ?? '',
    instance.type,
    instance.availabilityZone ?? '',
    instance.privateIp ?? '',
    instance.publicIp ?? '',
    ...Object.values(instance.tags),
  ]
    .join('\n')
    .toLowerCase();
  texts.set(instance, text);
  return text;
}

/**
 * Free-text search as the list documents it: every whitespace-separated word of `q` must occur,
 * case-insensitively, somewhere in the id, name, type, availability zone, an IP address or a tag
 * value. EC2's own filters are case-sensitive and exact, so this runs after them, on our side.
 * The words are split once, for a whole page's worth of rows.
 *
 * @example
 * const matches = freeTextMatcher('payments prod');
 * matches(instance); // name "payments-api-prod-03" → true
 */
export function freeTextMatcher(q: string | undefined): (instance: Instance) => boolean {
  const words = (q ?? '')
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => word.length > 0);
  if (words.length === 0) return () => true;
  return (instance) => {
    const text = searchableText(instance);
    return words.every((word) => text.includes(word));
  };
}

/**
 * {@link freeTextMatcher} for one instance.
 *
 * @example
 * matchesFreeText(instance, 'payments prod'); // name "payments-api-prod-03" → true
 */
export function matchesFreeText(instance: Instance, q: string | undefined): boolean {
  return freeTextMatcher(q)(instance);
}
