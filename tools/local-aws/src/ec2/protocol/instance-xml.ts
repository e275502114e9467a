import type { InstanceRecord, InstanceStateName } from '../state/instance-record';
import { STATE_CODES } from '../state/instance-record';
import { instanceTypeInfo } from '../state/instance-types';
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
  const message = code === 'pending' ? 'pending' : `${code}: ${code === 'Client.UserInitiatedHibernate' ? 'User initiated hibernate' : 'User initiated shutdown'}`;
  return `<stateReason><code>${code}</code><message>${message}</message></stateReason>`;
}

function dnsSuffix(region: string, kind: 'private' | 'public'): string {
  if (kind === 'private') return region === 'us-east-1' ? 'ec2.internal' : `${region}.compute.internal`;
  return region === 'us-east-1' ? 'compute-1.amazonaws.com' : `${region}.compute.amazonaws.com`;
}

function tagSetXml(tags: ReadonlyMap<string, string>): string {
  if (tags.size === 0) return '';
  let xml = '<tagSet>';
  for (const [key, value] of tags) xml += `<item><key>${escapeXml(key)}</key><value>${escapeXml(value)}</value></item>`;
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
// cached until the record changes (version) or moves to its next timeline event.
const cache = new WeakMap<InstanceRecord, { key: string; xml: string }>();

/** One `<item>` of an `instancesSet`, exactly as DescribeInstances and RunInstances write it. */
export function instanceXml(record: InstanceRecord, now: number): string {
  const event = currentEvent(record, now);
  const key = `${record.version}:${event.at}:${event.state}`;
  const cached = cache.get(record);
  if (cached && cached.key === key) return cached.xml;
  const xml = buildInstanceXml(record, now);
  cache.set(record, { key, xml });
  return xml;
}

function buildInstanceXml(r: InstanceRecord, now: number): string {
  const event = currentEvent(r, now);
  const state = event.state;
  const terminated = state === 'terminated';
  const hasPublicIp = state === 'running';
  const privateDns = terminated ? '' : `ip-${r.privateIpAddress.replaceAll('.', '-')}.${dnsSuffix(r.region, 'private')}`;
  const publicDns = hasPublicIp ? `ec2-${r.publicIpAddress.replaceAll('.', '-')}.${dnsSuffix(r.region, 'public')}` : '';
  const launchTime = isoTime(launchTimeAt(r, now));
  const firstLaunch = isoTime((r.events[0] ?? event).at);
  const windows = r.platformDetails === 'Windows';
  const groupSet = `<groupSet><item><groupId>${r.securityGroupId}</groupId><groupName>default</groupName></item></groupSet>`;
  const network = terminated
    ? '<networkInterfaceSet/>'
    : '<networkInterfaceSet><item>' +
      `<networkInterfaceId>${r.networkInterfaceId}</networkInterfaceId><subnetId>${r.subnetId}</subnetId>` +
      `<vpcId>${r.vpcId}</vpcId><description/><ownerId>${OWNER_ID}</ownerId><status>in-use</status>` +
      `<macAddress>${r.macAddress}</macAddress><privateIpAddress>${r.privateIpAddress}</privateIpAddress>` +
      `<privateDnsName>${privateDns}</privateDnsName><sourceDestCheck>true</sourceDestCheck>${groupSet}` +
      `<attachment><attachmentId>eni-attach-${r.networkInterfaceId.slice(4)}</attachmentId><deviceIndex>0</deviceIndex>` +
      `<status>attached</status><attachTime>${firstLaunch}</attachTime><deleteOnTermination>true</deleteOnTermination>` +
      `<networkCardIndex>0</networkCardIndex></attachment>` +
      (hasPublicIp
        ? `<association><publicIp>${r.publicIpAddress}</publicIp><publicDnsName>${publicDns}</publicDnsName><ipOwnerId>amazon</ipOwnerId></association>`
        : '') +
      `<interfaceType>interface</interfaceType></item></networkInterfaceSet>`;
  return (
    `<instanceId>${r.instanceId}</instanceId><imageId>${r.imageId}</imageId>` +
    `<instanceState><code>${STATE_CODES[state]}</code><name>${state}</name></instanceState>` +
    `<privateDnsName>${privateDns}</privateDnsName><dnsName>${publicDns}</dnsName>` +
    el('reason', transitionReason(state, event.requestedAt)) +
    `<keyName>${escapeXml(r.keyName)}</keyName><amiLaunchIndex>0</amiLaunchIndex><productCodes/>` +
    `<instanceType>${r.instanceType}</instanceType><launchTime>${launchTime}</launchTime>` +
    `<placement><availabilityZoneId>${zoneIdOf(r.availabilityZone)}</availabilityZoneId><groupName/>` +
    `<tenancy>default</tenancy><availabilityZone>${r.availabilityZone}</availabilityZone></placement>` +
    (windows ? '<platform>windows</platform>' : '') +
    `<monitoring><state>${r.detailedMonitoring ? 'enabled' : 'disabled'}</state></monitoring>` +
    (terminated
      ? ''
      : `<subnetId>${r.subnetId}</subnetId><vpcId>${r.vpcId}</vpcId><privateIpAddress>${r.privateIpAddress}</privateIpAddress>`) +
    (hasPublicIp ? `<ipAddress>${r.publicIpAddress}</ipAddress>` : '') +
    (terminated ? '<groupSet/>' : `<sourceDestCheck>true</sourceDestCheck>${groupSet}`) +
    stateReasonXml(state, event.reason) +
    `<architecture>${r.architecture}</architecture><rootDeviceType>ebs</rootDeviceType>` +
    `<rootDeviceName>/dev/xvda</rootDeviceName>` +
    (terminated
      ? '<blockDeviceMapping/>'
      : `<blockDeviceMapping><item><deviceName>/dev/xvda</deviceName><ebs><volumeId>${r.rootVolumeId}</volumeId>` +
        `<status>attached</status><attachTime>${firstLaunch}</attachTime><deleteOnTermination>true</deleteOnTermination>` +
        `</ebs></item></blockDeviceMapping>`) +
    (r.spot ? `<instanceLifecycle>spot</instanceLifecycle><spotInstanceRequestId>sir-${r.instanceId.slice(2, 10)}</spotInstanceRequestId>` : '') +
    `<virtualizationType>hvm</virtualizationType><clientToken/>` +
    tagSetXml(r.tags) +
    `<hypervisor>xen</hypervisor>${network}<ebsOptimized>${!r.instanceType.startsWith('t')}</ebsOptimized>` +
    `<enaSupport>true</enaSupport>${cpuOptionsXml(r)}` +
    `<capacityReservationSpecification><capacityReservationPreference>open</capacityReservationPreference></capacityReservationSpecification>` +
    `<hibernationOptions><configured>${r.hibernationConfigured}</configured></hibernationOptions>` +
    `<metadataOptions><state>applied</state><httpTokens>required</httpTokens><httpPutResponseHopLimit>2</httpPutResponseHopLimit>` +
    `<httpEndpoint>enabled</httpEndpoint><httpProtocolIpv6>disabled</httpProtocolIpv6><instanceMetadataTags>disabled</instanceMetadataTags></metadataOptions>` +
    `<enclaveOptions><enabled>false</enabled></enclaveOptions>` +
    `<bootMode>${r.architecture === 'arm64' ? 'uefi' : 'uefi-preferred'}</bootMode>` +
    `<platformDetails>${escapeXml(r.platformDetails)}</platformDetails>` +
    `<usageOperation>${windows ? 'RunInstances:0002' : 'RunInstances'}</usageOperation>` +
    `<usageOperationUpdateTime>${firstLaunch}</usageOperationUpdateTime>` +
    `<privateDnsNameOptions><hostnameType>ip-name</hostnameType><enableResourceNameDnsARecord>false</enableResourceNameDnsARecord>` +
    `<enableResourceNameDnsAAAARecord>false</enableResourceNameDnsAAAARecord></privateDnsNameOptions>` +
    `<maintenanceOptions><autoRecovery>default</autoRecovery></maintenanceOptions>` +
    `<currentInstanceBootMode>${r.architecture === 'arm64' ? 'uefi' : 'legacy-bios'}</currentInstanceBootMode>`
  );
}

function cpuOptionsXml(r: InstanceRecord): string {
  const vCpus = instanceTypeInfo(r.instanceType)?.vCpus ?? 2;
  // Graviton (arm64) has one thread per core; x86 types expose two hyperthreads per core.
  const threads = r.architecture === 'arm64' ? 1 : 2;
  return `<cpuOptions><coreCount>${Math.max(1, vCpus / threads)}</coreCount><threadsPerCore>${threads}</threadsPerCore></cpuOptions>`;
}

/** A reservation `<item>` wrapping its instances' `<item>`s. */
export function reservationXml(reservationId: string, instanceItems: readonly string[]): string {
  return (
    `<item><reservationId>${reservationId}</reservationId><ownerId>${OWNER_ID}</ownerId><groupSet/>` +
    `<instancesSet><item>${instanceItems.join('</item><item>')}</item></instancesSet></item>`
  );
}
