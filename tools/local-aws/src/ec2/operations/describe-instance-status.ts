import { Ec2Error } from '../protocol/ec2-error';
import { stateXml, zoneIdOf } from '../protocol/instance-xml';
import { isoTime } from '../protocol/xml';
import { compileFilters, type FieldReader } from '../state/filters';
import type { InstanceRecord } from '../state/instance-record';
import { STATE_CODES } from '../state/instance-record';
import { isListed, stateAt } from '../state/lifecycle';
import type { Ec2Context } from './context';
import { resolveInstances } from './instance-ids';
import { reachabilityOf, statusChecksAt, type CheckStatus } from './instance-status';
import { encodeToken, readPage } from './pagination';

function summaryXml(
  element: string,
  status: CheckStatus,
  impairedSince: number | undefined,
): string {
  const reachability = reachabilityOf(status);
  const details = reachability
    ? `<details><item><name>reachability</name><status>${reachability}</status>` +
      (status === 'impaired' && impairedSince !== undefined
        ? `<impairedSince>${isoTime(impairedSince)}</impairedSince>`
        : '') +
      '</item></details>'
    : '';
  return `<${element}><status>${status}</status>${details}</${element}>`;
}

function statusItemXml(context: Ec2Context, record: InstanceRecord): string {
  const checks = statusChecksAt(record, context.now, context.state.durations);
  return (
    `<item><instanceId>${record.instanceId}</instanceId><availabilityZone>${record.availabilityZone}</availabilityZone>` +
    `<availabilityZoneId>${zoneIdOf(record.availabilityZone)}</availabilityZoneId>` +
    stateXml('instanceState', stateAt(record, context.now)) +
    summaryXml(
      'systemStatus',
      checks.system,
      checks.system === 'impaired' ? checks.impairedSince : undefined,
    ) +
    summaryXml('instanceStatus', checks.instance, checks.impairedSince) +
    '</item>'
  );
}

function statusFields(context: Ec2Context): Record<string, FieldReader<InstanceRecord>> {
  const checks = (r: InstanceRecord): ReturnType<typeof statusChecksAt> =>
    statusChecksAt(r, context.now, context.state.durations);
  return {
    'availability-zone': (r) => r.availabilityZone,
    'instance-state-name': (r) => stateAt(r, context.now),
    'instance-state-code': (r) => String(STATE_CODES[stateAt(r, context.now)]),
    'instance-status.status': (r) => checks(r).instance,
    'instance-status.reachability': (r) => reachabilityOf(checks(r).instance),
    'system-status.status': (r) => checks(r).system,
    'system-status.reachability': (r) => reachabilityOf(checks(r).system),
  };
}

/**
 * DescribeInstanceStatus: running instances only unless `IncludeAllInstances`, paginated like
 * DescribeInstances.
 */
export function describeInstanceStatus(context: Ec2Context): string {
  const { params, now, fleet, state } = context;
  const ids = params.list('InstanceId');
  const page = readPage(params, 5, 1000);
  if (ids.length > 0 && page.maxResults !== undefined) {
    throw new Ec2Error(
      'InvalidParameterCombination',
      'The parameter instancesSet cannot be used with the parameter maxResults',
    );
  }
  const includeAll = params.flag('IncludeAllInstances');
  const filter = compileFilters(params.filters(), statusFields(context));
  const matches = (r: InstanceRecord): boolean =>
    (includeAll || stateAt(r, now) === 'running') && filter(r);
  let records: InstanceRecord[];
  let nextToken: string | undefined;
  if (ids.length > 0) {
    records = resolveInstances(context, ids).filter(matches);
  } else {
    records = [];
    const limit = page.maxResults ?? Number.POSITIVE_INFINITY;
    for (const record of fleet.instances) {
      if (
        record.ordinal < page.startAfter ||
        !isListed(record, now, state.durations) ||
        !matches(record)
      )
        continue;
      if (records.length === limit) {
        nextToken = encodeToken(record.ordinal);
        break;
      }
      records.push(record);
    }
  }
  const items = records.map((record) => statusItemXml(context, record)).join('');
  return (
    (items ? `<instanceStatusSet>${items}</instanceStatusSet>` : '<instanceStatusSet/>') +
    (nextToken ? `<nextToken>${nextToken}</nextToken>` : '')
  );
}
