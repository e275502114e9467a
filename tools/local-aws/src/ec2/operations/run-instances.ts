import { Ec2Error, ec2Errors } from '../protocol/ec2-error';
import { instanceXml, OWNER_ID } from '../protocol/instance-xml';
import { createInstance, randomHex } from '../state/instance-factory';
import { instanceTypeInfo } from '../state/instance-types';
import { availabilityZonesOf } from '../state/region-network';
import type { Ec2Context, Ec2Operation } from './context';

/** EC2 caps one call (and the default On-Demand quota) well below this; it keeps tests honest. */
const MAX_COUNT = 1000;

function count(context: Ec2Context, name: string): number {
  const raw = context.params.get(name);
  if (raw === undefined) throw ec2Errors.missingParameter(name);
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > MAX_COUNT) {
    throw ec2Errors.invalidParameterValue(`Value (${raw}) for parameter ${name} is invalid.`);
  }
  return value;
}

/** Tags of `TagSpecification.N` whose `ResourceType` is `instance` (other types are ignored). */
function instanceTags(context: Ec2Context): [string, string][] {
  const tags: [string, string][] = [];
  for (const spec of context.params.structs('TagSpecification')) {
    if (spec.get('ResourceType') !== 'instance') continue;
    for (let i = 1; spec.has(`Tag.${i}.Key`); i++) {
      tags.push([spec.get(`Tag.${i}.Key`) as string, spec.get(`Tag.${i}.Value`) ?? '']);
    }
  }
  return tags;
}

/**
 * RunInstances: launches `MaxCount` instances in one reservation, in `pending`. Used to seed
 * scenarios from tests; capacity is unlimited, so `MinCount` never fails.
 */
export const runInstances: Ec2Operation = (context) => {
  const { params, fleet, now, state } = context;
  const imageId = params.get('ImageId');
  if (!imageId) throw ec2Errors.missingParameter('ImageId');
  if (!/^ami-[0-9a-f]{8,17}$/.test(imageId)) {
    throw new Ec2Error('InvalidAMIID.Malformed', `Invalid id: "${imageId}" (expecting "ami-...")`);
  }
  const instanceType = params.get('InstanceType') ?? 't3.micro';
  if (!instanceTypeInfo(instanceType))
    throw ec2Errors.invalidParameterValue(`Invalid value '${instanceType}' for InstanceType.`);
  const minCount = count(context, 'MinCount');
  const maxCount = count(context, 'MaxCount');
  if (minCount > maxCount) {
    throw ec2Errors.invalidParameterValue('MinCount must be less than or equal to MaxCount');
  }
  const zone = params.get('Placement.AvailabilityZone');
  if (zone !== undefined && !availabilityZonesOf(context.region).includes(zone)) {
    throw ec2Errors.invalidParameterValue(`Invalid availability zone: [${zone}]`);
  }
  const reservationId = `r-${randomHex(state.random, 17)}`;
  const tags = instanceTags(context);
  let items = '';
  for (let i = 0; i < maxCount; i++) {
    const record = createInstance(fleet, state.random, {
      instanceType,
      imageId,
      reservationId,
      availabilityZone: zone,
      keyName: params.get('KeyName'),
      tags,
      detailedMonitoring: params.flag('Monitoring.Enabled'),
      spot: params.get('InstanceMarketOptions.MarketType') === 'spot',
      hibernationConfigured: params.flag('HibernationOptions.Configured'),
      disableApiTermination: params.flag('DisableApiTermination'),
      disableApiStop: params.flag('DisableApiStop'),
      events: [
        { state: 'pending', at: now, requestedAt: now, reason: 'pending' },
        { state: 'running', at: now + state.durations.pendingMs, requestedAt: now },
      ],
    });
    items += `<item>${instanceXml(record, now)}</item>`;
  }
  return (
    `<reservationId>${reservationId}</reservationId><ownerId>${OWNER_ID}</ownerId><groupSet/>` +
    `<instancesSet>${items}</instancesSet>`
  );
};
