import { RegionSchema } from '@fleet/contract';
import { InvalidRequestError } from './request-errors';

/**
 * The regions this deployment manages, from configuration (`FLEET_REGIONS=us-east-1,eu-west-1`).
 * Fails loudly at start-up on a missing or malformed value rather than listing nothing.
 *
 * @example
 * const regions = parseFleetRegions(process.env.FLEET_REGIONS);
 */
export function parseFleetRegions(raw: string | undefined): readonly string[] {
  const regions = (raw ?? '')
    .split(',')
    .map((region) => region.trim())
    .filter((region) => region.length > 0);
  if (regions.length === 0) {
    throw new Error('FLEET_REGIONS is empty: set it to the comma-separated regions to manage');
  }
  const malformed = regions.filter((region) => !RegionSchema.safeParse(region).success);
  if (malformed.length > 0) {
    throw new Error(`FLEET_REGIONS holds malformed regions: ${malformed.join(', ')}`);
  }
  return [...new Set(regions)];
}

/**
 * The managed regions a request asks for: all of them when it names none. Naming a region this
 * deployment does not manage is an error, not an empty answer, so a typo is not mistaken for
 * an empty region.
 *
 * @example
 * selectRegions(['us-east-1', 'eu-west-1'], ['eu-west-1']); // ['eu-west-1']
 */
export function selectRegions(
  managed: readonly string[],
  requested: readonly string[] | undefined,
): readonly string[] {
  if (!requested || requested.length === 0) return managed;
  const unknown = requested.filter((region) => !managed.includes(region));
  if (unknown.length > 0) {
    throw new InvalidRequestError(
      'UnknownRegion',
      `Not a managed region: ${unknown.join(', ')}. Managed regions: ${managed.join(', ')}.`,
    );
  }
  return managed.filter((region) => requested.includes(region));
}
