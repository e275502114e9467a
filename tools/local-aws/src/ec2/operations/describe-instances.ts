import { Ec2Error } from '../protocol/ec2-error';
import { instanceXml, reservationXml } from '../protocol/instance-xml';
import { compileFilters } from '../state/filters';
import type { InstanceRecord } from '../state/instance-record';
import { isListed } from '../state/lifecycle';
import type { Ec2Context } from './context';
import { resolveInstances } from './instance-ids';
import { instanceFilterFields, instanceTags } from './instance-fields';
import { encodeToken, readPage } from './pagination';

/** Groups page items by reservation, keeping the order in which reservations first appear. */
function reservationSetXml(records: readonly InstanceRecord[], now: number): string {
  if (records.length === 0) return '<reservationSet/>';
  const groups = new Map<string, string[]>();
  for (const record of records) {
    let items = groups.get(record.reservationId);
    if (!items) groups.set(record.reservationId, (items = []));
    items.push(instanceXml(record, now));
  }
  let xml = '<reservationSet>';
  for (const [reservationId, items] of groups) xml += reservationXml(reservationId, items);
  return `${xml}</reservationSet>`;
}

/** DescribeInstances: ids or filters, paginated by `MaxResults` (5–1000) and `NextToken`. */
export function describeInstances(context: Ec2Context): string {
  const { params, now, fleet, state } = context;
  const ids = params.list('InstanceId');
  const page = readPage(params, 5, 1000);
  if (ids.length > 0 && page.maxResults !== undefined) {
    throw new Ec2Error(
      'InvalidParameterCombination',
      'The parameter instancesSet cannot be used with the parameter maxResults',
    );
  }
  const matches = compileFilters(params.filters(), instanceFilterFields(now), instanceTags);
  if (ids.length > 0) {
    return reservationSetXml(resolveInstances(context, ids).filter(matches), now);
  }
  const limit = page.maxResults ?? Number.POSITIVE_INFINITY;
  const selected: InstanceRecord[] = [];
  let nextToken: string | undefined;
  for (const record of fleet.instances) {
    if (record.ordinal < page.startAfter) continue;
    if (!isListed(record, now, state.durations) || !matches(record)) continue;
    if (selected.length === limit) {
      nextToken = encodeToken(record.ordinal);
      break;
    }
    selected.push(record);
  }
  return (
    reservationSetXml(selected, now) + (nextToken ? `<nextToken>${nextToken}</nextToken>` : '')
  );
}
