import { el } from '../protocol/xml';
import { compileFilters } from '../state/filters';
import { KNOWN_REGIONS } from '../state/known-regions';
import { availabilityZonesOf } from '../state/region-network';
import { zoneIdOf } from '../protocol/instance-xml';
import type { Ec2Operation } from './context';
import { ec2Errors } from '../protocol/ec2-error';

interface RegionRow {
  readonly name: string;
  readonly optInStatus: string;
}

/**
 * DescribeRegions: the configured regions are the account's enabled ones; with `AllRegions` the
 * other commercial regions appear as `not-opted-in`, as disabled opt-in regions do on EC2.
 */
export const describeRegions: Ec2Operation = ({ state, params }) => {
  const enabled = new Set(state.regions);
  const names = params.flag('AllRegions')
    ? [...new Set([...state.regions, ...KNOWN_REGIONS])].sort()
    : [...state.regions];
  const requested = params.list('RegionName');
  for (const name of requested) {
    if (!enabled.has(name) && !KNOWN_REGIONS.includes(name)) {
      throw ec2Errors.invalidParameterValue(`Invalid region: ${name}`);
    }
  }
  const rows: RegionRow[] = (requested.length > 0 ? requested : names).map((name) => ({
    name,
    optInStatus: enabled.has(name) ? 'opt-in-not-required' : 'not-opted-in',
  }));
  const matches = compileFilters<RegionRow>(params.filters(), {
    'region-name': (r) => r.name,
    endpoint: (r) => `ec2.${r.name}.amazonaws.com`,
    'opt-in-status': (r) => r.optInStatus,
  });
  const items = rows
    .filter(matches)
    .map(
      (r) =>
        `<item>${el('regionName', r.name)}${el('regionEndpoint', `ec2.${r.name}.amazonaws.com`)}${el('optInStatus', r.optInStatus)}</item>`,
    );
  return items.length ? `<regionInfo>${items.join('')}</regionInfo>` : '<regionInfo/>';
};

interface ZoneRow {
  readonly zoneName: string;
  readonly zoneId: string;
  readonly region: string;
}

/** DescribeAvailabilityZones of the request's region: three zones, all `available`. */
export const describeAvailabilityZones: Ec2Operation = ({ region, params }) => {
  const rows: ZoneRow[] = availabilityZonesOf(region).map((zoneName) => ({
    zoneName,
    zoneId: zoneIdOf(zoneName),
    region,
  }));
  const names = new Set(params.list('ZoneName'));
  const ids = new Set(params.list('ZoneId'));
  const matches = compileFilters<ZoneRow>(params.filters(), {
    'zone-name': (z) => z.zoneName,
    'zone-id': (z) => z.zoneId,
    'region-name': (z) => z.region,
    state: () => 'available',
    'zone-type': () => 'availability-zone',
    'group-name': (z) => z.region,
    'opt-in-status': () => 'opt-in-not-required',
  });
  for (const name of names) {
    if (!rows.some((z) => z.zoneName === name))
      throw ec2Errors.invalidParameterValue(`The zone '${name}' does not exist.`);
  }
  const items = rows
    .filter(
      (z) =>
        (names.size === 0 || names.has(z.zoneName)) &&
        (ids.size === 0 || ids.has(z.zoneId)) &&
        matches(z),
    )
    .map(
      (z) =>
        `<item><zoneName>${z.zoneName}</zoneName><zoneState>available</zoneState><regionName>${z.region}</regionName>` +
        `<messageSet/><optInStatus>opt-in-not-required</optInStatus><zoneId>${z.zoneId}</zoneId>` +
        `<groupName>${z.region}-zg-1</groupName><networkBorderGroup>${z.region}</networkBorderGroup>` +
        `<zoneType>availability-zone</zoneType><groupLongName>${z.region}</groupLongName></item>`,
    );
  return items.length
    ? `<availabilityZoneInfo>${items.join('')}</availabilityZoneInfo>`
    : '<availabilityZoneInfo/>';
};
