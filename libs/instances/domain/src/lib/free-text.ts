import type { Instance } from '@fleet/contract';

function searchableText(instance: Instance): string {
  return [
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
}

/**
 * Free-text search as the list documents it: every whitespace-separated word of `q` must occur,
 * case-insensitively, somewhere in the id, name, type, availability zone, an IP address or a tag
 * value. EC2's own filters are case-sensitive and exact, so this runs after them, on our side.
 *
 * @example
 * matchesFreeText(instance, 'payments prod'); // name "payments-api-prod-03" → true
 */
export function matchesFreeText(instance: Instance, q: string | undefined): boolean {
  const words = (q ?? '')
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => word.length > 0);
  if (words.length === 0) return true;
  const text = searchableText(instance);
  return words.every((word) => text.includes(word));
}
