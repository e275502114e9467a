/** What names one instance of the fleet: its region and its id. */
export interface InstanceIdentity {
  readonly region: string;
  readonly id: string;
}

/**
 * One instance's key across the fleet, `region/id`: ids are unique per region only. Used for maps,
 * selections, audit chains and React keys alike.
 *
 * @example
 * instanceKey({ region: 'eu-west-1', id: 'i-0123456789abcdef0' }); // 'eu-west-1/i-0123456789abcdef0'
 */
export function instanceKey(ref: InstanceIdentity): string {
  return `${ref.region}/${ref.id}`;
}
