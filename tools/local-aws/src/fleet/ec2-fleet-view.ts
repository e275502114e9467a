import type { Ec2State } from '../ec2/state/ec2-state';
import type { InstanceRecord } from '../ec2/state/instance-record';
import { instanceTypeInfo } from '../ec2/state/instance-types';
import {
  currentEvent,
  isListed,
  launchTimeAt,
  runningIntervalsAt,
  stateAt,
} from '../ec2/state/lifecycle';
import type { StateEvent } from '../ec2/state/instance-record';
import type { FleetView, InstanceView } from './fleet-view';

// A view depends only on the record's version and on which timeline event is current, so it is
// rebuilt only when one of them changes: CloudWatch reads the whole fleet on every query.
const cache = new WeakMap<
  InstanceRecord,
  { version: number; event: StateEvent; view: InstanceView }
>();

function viewOf(record: InstanceRecord, now: number): InstanceView {
  const event = currentEvent(record, now);
  const cached = cache.get(record);
  if (cached !== undefined && cached.version === record.version && cached.event === event)
    return cached.view;
  const view = buildView(record, now);
  cache.set(record, { version: record.version, event, view });
  return view;
}

function buildView(record: InstanceRecord, now: number): InstanceView {
  return {
    region: record.region,
    instanceId: record.instanceId,
    instanceType: record.instanceType,
    burstable: instanceTypeInfo(record.instanceType)?.burstable ?? /^t\d/.test(record.instanceType),
    detailedMonitoring: record.detailedMonitoring,
    launchTime: new Date(launchTimeAt(record, now)),
    firstLaunchTime: new Date((record.events[0] as { at: number }).at),
    state: stateAt(record, now),
    runningIntervals: runningIntervalsAt(record, now).map((interval) => ({
      from: new Date(interval.from),
      to: interval.to === null ? null : new Date(interval.to),
    })),
    impairment: record.impairment,
  };
}

/**
 * The read-only {@link FleetView} of the EC2 state. Views are built at call time, so they always
 * reflect the instant of the call (states move with the clock).
 *
 * @example
 * const fleet = createEc2FleetView(state);
 * fleet.instances('us-east-1').filter((i) => i.burstable);
 */
export function createEc2FleetView(state: Ec2State): FleetView {
  return {
    regions: state.regions,
    instances(region: string): readonly InstanceView[] {
      const fleet = state.fleet(region);
      if (!fleet) return [];
      const now = state.now();
      return fleet.instances
        .filter((record) => isListed(record, now, state.durations))
        .map((record) => viewOf(record, now));
    },
    instance(region: string, instanceId: string): InstanceView | undefined {
      const now = state.now();
      const record = state.findListed(region, instanceId, now);
      return record ? viewOf(record, now) : undefined;
    },
  };
}
