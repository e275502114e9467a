/** A value X-Ray indexes: string, number or boolean. */
export type AnnotationValue = string | number | boolean;

/** X-Ray indexes at most 50 annotations per trace. */
export const MAX_ANNOTATIONS = 50;

// X-Ray's rule for searchable keys: letters, digits and underscores only.
const KEY = /^[A-Za-z0-9_]+$/;

/**
 * Keeps what X-Ray can index: keys of letters, digits and `_` (others dropped), defined values,
 * strings cut at 1,000 characters, and no more than `room` annotations, first come first kept.
 *
 * @example
 * searchableAnnotations({ route: 'GET /instances', 'bad-key': 1 }, 48); // { route: 'GET /instances' }
 */
export function searchableAnnotations(
  annotations: Readonly<Record<string, AnnotationValue | undefined>>,
  room = MAX_ANNOTATIONS,
): Record<string, AnnotationValue> {
  const kept: Record<string, AnnotationValue> = {};
  for (const [key, value] of Object.entries(annotations)) {
    if (Object.keys(kept).length >= room) break;
    if (!KEY.test(key) || value === undefined) continue;
    kept[key] = typeof value === 'string' ? value.slice(0, 1_000) : value;
  }
  return kept;
}
