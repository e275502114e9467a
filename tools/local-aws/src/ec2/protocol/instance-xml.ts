import type { InstanceRecord, InstanceStateName, XmlCacheEntry } from '../state/instance-record';
import { STATE_CODES } from '../state/instance-record';
import { currentEvent, launchTimeAt } from '../state/lifecycle';
import { detailsOf, type GroupRef, type InstanceDetails } from '../state/instance-details';
import { el, escapeXml, isoTime, itemSet } from './xml';

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

/** The private DNS name EC2 shows (none once terminated). */
export function privateDnsNameOf(r: InstanceRecord, state: InstanceStateName): string {
  if (state === 'terminated') return '';
  return `ip-${r.privateIpAddress.replaceAll('.', '-')}.${dnsSuffix(r.region, 'private')}`;
}

/** The public DNS name EC2 shows (only while running). */
export function publicDnsNameOf(r: InstanceRecord, state: InstanceStateName): string {
  if (state !== 'running') return '';
  return `ec2-${r.publicIpAddress.replaceAll('.', '-')}.${dnsSuffix(r.region, 'public')}`;
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

function groupSetXml(groups: readonly GroupRef[]): string {
  return itemSet(
    'groupSet',
    groups.map(
      (g) => `<groupId>${g.groupId}</groupId><groupName>${escapeXml(g.groupName)}</groupName>`,
    ),
  );
}

/** The primary network interface, as DescribeInstances nests it (`association` while running). */
function networkInterfaceXml(
  r: InstanceRecord,
  d: InstanceDetails,
  privateDns: string,
  publicDns: string,
  running: boolean,
  launchedAt: number,
): string {
  const association = running
    ? `<association><publicIp>${r.publicIpAddress}</publicIp><publicDnsName>${publicDns}</publicDnsName><ipOwnerId>amazon</ipOwnerId></association>`
    : '';
  return itemSet('networkInterfaceSet', [
    `<networkInterfaceId>${d.networkInterfaceId}</networkInterfaceId><subnetId>${r.subnetId}</subnetId>` +
      `<vpcId>${r.vpcId}</vpcId><description/><ownerId>${OWNER_ID}</ownerId><status>in-use</status>` +
      `<macAddress>${d.macAddress}</macAddress><privateIpAddress>${r.privateIpAddress}</privateIpAddress>` +
      `<privateDnsName>${privateDns}</privateDnsName><sourceDestCheck>true</sourceDestCheck>` +
      groupSetXml(d.groups) +
      `<attachment><attachmentId>${d.attachmentId}</attachmentId><deviceIndex>0</deviceIndex>` +
      `<status>attached</status><attachTime>${isoTime(launchedAt)}</attachTime>` +
      '<deleteOnTermination>true</deleteOnTermination><networkCardIndex>0</networkCardIndex></attachment>' +
      association +
      itemSet('privateIpAddressesSet', [
        `<privateIpAddress>${r.privateIpAddress}</privateIpAddress><privateDnsName>${privateDns}</privateDnsName>` +
          `<primary>true</primary>${association}`,
      ]) +
      '<ipv6AddressesSet/><interfaceType>interface</interfaceType>',
  ]);
}

/**
 * An instance as DescribeInstances writes it: the field set of the SDK's `Instance` shape that
 * EC2 sends for an instance of a default VPC — block device mapping, network interface, security
 * groups, IAM instance profile, CPU, metadata, maintenance and DNS options included (checked
 * against the SDK's model by `test/instance-document.spec.ts`). Terminated instances lose their
 * network interface, addresses and volumes, as on EC2.
 */
function buildInstanceXml(r: InstanceRecord, now: number): string {
  const event = currentEvent(r, now);
  const state = event.state;
  const terminated = state === 'terminated';
  const running = state === 'running';
  const d = detailsOf(r);
  const launchedAt = launchTimeAt(r, now);
  const firstLaunch = r.events[0]?.at ?? launchedAt;
  const privateDns = privateDnsNameOf(r, state);
  const publicDns = publicDnsNameOf(r, state);
  const windows = r.platformDetails === 'Windows';
  return (
    `<instanceId>${r.instanceId}</instanceId><imageId>${r.imageId}</imageId>` +
    `<instanceState><code>${STATE_CODES[state]}</code><name>${state}</name></instanceState>` +
    `<privateDnsName>${privateDns}</privateDnsName><dnsName>${publicDns}</dnsName>` +
    el('reason', transitionReason(state, event.requestedAt)) +
    `<keyName>${escapeXml(r.keyName)}</keyName><amiLaunchIndex>0</amiLaunchIndex><productCodes/>` +
    `<instanceType>${r.instanceType}</instanceType><launchTime>${isoTime(launchedAt)}</launchTime>` +
    `<placement><availabilityZoneId>${zoneIdOf(r.availabilityZone)}</availabilityZoneId>` +
    `<availabilityZone>${r.availabilityZone}</availabilityZone><groupName/><tenancy>default</tenancy></placement>` +
    (windows ? '<platform>windows</platform>' : '') +
    `<monitoring><state>${r.detailedMonitoring ? 'enabled' : 'disabled'}</state></monitoring>` +
    (terminated
      ? ''
      : `<subnetId>${r.subnetId}</subnetId><vpcId>${r.vpcId}</vpcId><privateIpAddress>${r.privateIpAddress}</privateIpAddress>`) +
    (running ? `<ipAddress>${r.publicIpAddress}</ipAddress>` : '') +
    (terminated ? '' : '<sourceDestCheck>true</sourceDestCheck>') +
    groupSetXml(terminated ? [] : d.groups) +
    stateReasonXml(state, event.reason) +
    `<architecture>${r.architecture}</architecture><rootDeviceType>ebs</rootDeviceType>` +
    `<rootDeviceName>${d.rootDeviceName}</rootDeviceName>` +
    itemSet(
      'blockDeviceMapping',
      terminated
        ? []
        : [
            `<deviceName>${d.rootDeviceName}</deviceName><ebs><volumeId>${d.rootVolumeId}</volumeId>` +
              `<status>attached</status><attachTime>${isoTime(firstLaunch)}</attachTime>` +
              '<deleteOnTermination>true</deleteOnTermination></ebs>',
          ],
    ) +
    (r.spot
      ? `<instanceLifecycle>spot</instanceLifecycle><spotInstanceRequestId>sir-${r.instanceId.slice(2, 10)}</spotInstanceRequestId>`
      : '') +
    `<virtualizationType>hvm</virtualizationType><clientToken>${d.clientToken}</clientToken>` +
    tagSetXml(r.tags) +
    '<hypervisor>xen</hypervisor>' +
    (terminated
      ? '<networkInterfaceSet/>'
      : networkInterfaceXml(r, d, privateDns, publicDns, running, launchedAt)) +
    `<iamInstanceProfile><arn>${d.iamProfileArn}</arn><id>${d.iamProfileId}</id></iamInstanceProfile>` +
    '<ebsOptimized>true</ebsOptimized><enaSupport>true</enaSupport>' +
    `<cpuOptions><coreCount>${d.coreCount}</coreCount><threadsPerCore>${d.threadsPerCore}</threadsPerCore></cpuOptions>` +
    '<capacityReservationSpecification><capacityReservationPreference>open</capacityReservationPreference></capacityReservationSpecification>' +
    `<hibernationOptions><configured>${r.hibernationConfigured}</configured></hibernationOptions>` +
    '<enclaveOptions><enabled>false</enabled></enclaveOptions>' +
    `<metadataOptions><state>${terminated ? 'pending' : 'applied'}</state><httpTokens>required</httpTokens>` +
    '<httpPutResponseHopLimit>2</httpPutResponseHopLimit><httpEndpoint>enabled</httpEndpoint>' +
    '<httpProtocolIpv6>disabled</httpProtocolIpv6><instanceMetadataTags>disabled</instanceMetadataTags></metadataOptions>' +
    '<maintenanceOptions><autoRecovery>default</autoRecovery><rebootMigration>default</rebootMigration></maintenanceOptions>' +
    '<privateDnsNameOptions><hostnameType>ip-name</hostnameType><enableResourceNameDnsARecord>false</enableResourceNameDnsARecord>' +
    '<enableResourceNameDnsAAAARecord>false</enableResourceNameDnsAAAARecord></privateDnsNameOptions>' +
    `<platformDetails>${escapeXml(r.platformDetails)}</platformDetails>` +
    `<usageOperation>${windows ? 'RunInstances:0002' : 'RunInstances'}</usageOperation>` +
    `<usageOperationUpdateTime>${isoTime(firstLaunch)}</usageOperationUpdateTime>` +
    `<bootMode>${r.architecture === 'arm64' ? 'uefi' : 'uefi-preferred'}</bootMode>` +
    `<currentInstanceBootMode>${r.architecture === 'arm64' ? 'uefi' : 'legacy-bios'}</currentInstanceBootMode>` +
    '<networkPerformanceOptions><bandwidthWeighting>default</bandwidthWeighting></networkPerformanceOptions>' +
    '<operator><managed>false</managed></operator>'
  );
}

/** A reservation `<item>` wrapping its instances' `<item>`s. */
export function reservationXml(reservationId: string, instanceItems: readonly string[]): string {
  return (
    `<item><reservationId>${reservationId}</reservationId><ownerId>${OWNER_ID}</ownerId><groupSet/>` +
    `<instancesSet><item>${instanceItems.join('</item><item>')}</item></instancesSet></item>`
  );
}
