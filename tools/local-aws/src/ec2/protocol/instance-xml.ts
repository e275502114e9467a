import type { InstanceRecord, InstanceStateName, XmlCacheEntry } from '../state/instance-record';
import { STATE_CODES } from '../state/instance-record';
import { currentEvent, launchTimeAt } from '../state/lifecycle';
import { el, escapeXml, isoTime } from './xml';

/** The account every emulated resource belongs to. */
export const OWNER_ID = '123456789012';

/** `<name><code>16</code><name>running</name></name>`: EC2's state structure. */
export function stateXml(element: string, state: InstanceStateName): string {
  return `<${element}><code>${STATE_CODES[state]}</code><name>${state}</name></${element}>`;
}

/** EC2 writes `stateTransitionReason` as `User initiated (2026-11-26 10:00:00 GMT)`. */
function transitionReason(state: InstanceStateName, requestedAt: number): string {
  if (state === 'running' || state === 'pending') return '';
  const when = new Date(requestedAt).toISOString().replace('T', ' ').slice(0, 19);
  return `User initiated (${when} GMT)`;
}

function stateReasonXml(state: InstanceStateName, code: string | undefined): string {
  if (state === 'running' || code === undefined) return '';
  const message =
    code === 'pending'
      ? 'pending'
      : `${code}: ${code === 'Client.UserInitiatedHibernate' ? 'User initiated hibernate' : 'User initiated shutdown'}`;
  return `<stateReason><code>${code}</code><message>${message}</message></stateReason>`;
}

function dnsSuffix(region: string, kind: 'private' | 'public'): string {
  if (kind === 'private')
    return region === 'us-east-1' ? 'ec2.internal' : `${region}.compute.internal`;
  return region === 'us-east-1' ? 'compute-1.amazonaws.com' : `${region}.compute.amazonaws.com`;
}

function tagSetXml(tags: ReadonlyMap<string, string>): string {
  if (tags.size === 0) return '';
  let xml = '<tagSet>';
  for (const [key, value] of tags)
    xml += `<item><key>${escapeXml(key)}</key><value>${escapeXml(value)}</value></item>`;
  return `${xml}</tagSet>`;
}

/** The zone id EC2 pairs with a zone name (`us-east-1a` → `use1-az1`). */
export function zoneIdOf(availabilityZone: string): string {
  const region = availabilityZone.slice(0, -1);
  const [area = '', direction = '', number = ''] = region.split('-');
  const letter = availabilityZone.slice(-1);
  return `${area}${direction[0] ?? ''}${number}-az${letter.charCodeAt(0) - 96}`;
}

// Serialising 1,000 instances per page is the hot path of DescribeInstances: each fragment is
// kept until the record changes (version) or its timeline moves to another event.
const cache = new WeakMap<InstanceRecord, XmlCacheEntry>();

/** One `<item>` body of an `instancesSet`, exactly as DescribeInstances and RunInstances write it. */
export function instanceXml(record: InstanceRecord, now: number): string {
  const event = currentEvent(record, now);
  const cached = cache.get(record);
  if (cached !== undefined && cached.version === record.version && cached.event === event)
    return cached.xml;
  const xml = buildInstanceXml(record, now);
  cache.set(record, { version: record.version, event, xml });
  return xml;
}

/**
 * The fields a real instance shows that the console and its tests read. Real EC2 also sends
 * network interfaces, block devices, security groups, metadata and CPU options (≈ 4 KB per
 * instance); they are left out on purpose: the SDK's XML parser costs time per byte, and a
 * 1,000-instance page with them takes the SDK three times longer to read (measured: 4.1 MB vs
 * 1.3 MB per page) than the emulator takes to write.
 */
function buildInstanceXml(r: InstanceRecord, now: number): string {
  const event = currentEvent(r, now);
  const state = event.state;
  const terminated = state === 'terminated';
  const running = state === 'running';
  const privateDns = terminated
    ? ''
    : `ip-${r.privateIpAddress.replaceAll('.', '-')}.${dnsSuffix(r.region, 'private')}`;
  const publicDns = running
    ? `ec2-${r.publicIpAddress.replaceAll('.', '-')}.${dnsSuffix(r.region, 'public')}`
    : '';
  return (
    `<instanceId>${r.instanceId}</instanceId><imageId>${r.imageId}</imageId>` +
    `<instanceState><code>${STATE_CODES[state]}</code><name>${state}</name></instanceState>` +
    `<privateDnsName>${privateDns}</privateDnsName><dnsName>${publicDns}</dnsName>` +
    el('reason', transitionReason(state, event.requestedAt)) +
    `<keyName>${escapeXml(r.keyName)}</keyName>` +
    `<instanceType>${r.instanceType}</instanceType><launchTime>${isoTime(launchTimeAt(r, now))}</launchTime>` +
    `<placement><availabilityZone>${r.availabilityZone}</availabilityZone></placement>` +
    (r.platformDetails === 'Windows' ? '<platform>windows</platform>' : '') +
    `<monitoring><state>${r.detailedMonitoring ? 'enabled' : 'disabled'}</state></monitoring>` +
    (terminated
      ? ''
      : `<subnetId>${r.subnetId}</subnetId><vpcId>${r.vpcId}</vpcId><privateIpAddress>${r.privateIpAddress}</privateIpAddress>`) +
    (running ? `<ipAddress>${r.publicIpAddress}</ipAddress>` : '') +
    stateReasonXml(state, event.reason) +
    `<architecture>${r.architecture}</architecture>` +
    (r.spot
      ? `<instanceLifecycle>spot</instanceLifecycle><spotInstanceRequestId>sir-${r.instanceId.slice(2, 10)}</spotInstanceRequestId>`
      : '') +
    tagSetXml(r.tags) +
    // EC2 always sends hibernationOptions; `false` is what an absent one reads as, so only `true` is written.
    (r.hibernationConfigured
      ? '<hibernationOptions><configured>true</configured></hibernationOptions>'
      : '') +
    `<platformDetails>${escapeXml(r.platformDetails)}</platformDetails>`
  );
}

/** A reservation `<item>` wrapping its instances' `<item>`s. */
export function reservationXml(reservationId: string, instanceItems: readonly string[]): string {
  return (
    `<item><reservationId>${reservationId}</reservationId><ownerId>${OWNER_ID}</ownerId><groupSet/>` +
    `<instancesSet><item>${instanceItems.join('</item><item>')}</item></instancesSet></item>`
  );
}
