import type { FleetView, InstanceView } from '../../fleet/fleet-view';
import type { Random } from '../../util/seeded-random';
import type { AlarmStateValue, Dimension, MetricAlarm } from '../model/types';
import type { AlarmStore } from './alarm-store';

const ACCOUNT = '123456789012';

interface AlarmDraft {
  readonly name: string;
  readonly state: AlarmStateValue;
  readonly reason: string;
  readonly definition: Partial<MetricAlarm>;
}

function stored(region: string, draft: AlarmDraft, atMs: number): MetricAlarm {
  return {
    AlarmName: draft.name,
    AlarmArn: `arn:aws:cloudwatch:${region}:${ACCOUNT}:alarm:${draft.name}`,
    AlarmConfigurationUpdatedTimestamp: atMs,
    ActionsEnabled: true,
    OKActions: [],
    AlarmActions: [`arn:aws:sns:${region}:${ACCOUNT}:fleet-alerts`],
    InsufficientDataActions: [],
    Dimensions: [],
    EvaluationPeriods: 3,
    ComparisonOperator: 'GreaterThanThreshold',
    ...draft.definition,
    StateValue: draft.state,
    StateReason: draft.reason,
    StateUpdatedTimestamp: atMs,
    StateTransitionedTimestamp: atMs,
  };
}

const instanceDimension = (instance: InstanceView): Dimension[] => [
  { Name: 'InstanceId', Value: instance.instanceId },
];

function statusCheckAlarm(instance: InstanceView): AlarmDraft {
  return {
    name: `${instance.instanceId}-status-check-failed`,
    state: 'ALARM',
    reason: 'Threshold Crossed: 3 datapoints were greater than or equal to the threshold (1.0).',
    definition: {
      Namespace: 'AWS/EC2',
      MetricName: 'StatusCheckFailed',
      Statistic: 'Maximum',
      Period: 60,
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      Dimensions: instanceDimension(instance),
    },
  };
}

// A stopped instance sends no datapoints: its CPU alarm has nothing to evaluate.
function cpuAlarm(instance: InstanceView, random: Random): AlarmDraft {
  const running = instance.state === undefined || instance.state === 'running';
  const state: AlarmStateValue = !running ? 'INSUFFICIENT_DATA' : random() < 0.2 ? 'ALARM' : 'OK';
  return {
    name: `${instance.instanceId}-cpu-high`,
    state,
    reason:
      state === 'ALARM'
        ? 'Threshold Crossed: 3 datapoints were greater than the threshold (80.0).'
        : state === 'OK'
          ? 'Threshold Crossed: 3 datapoints were not greater than the threshold (80.0).'
          : 'Insufficient Data: 3 datapoints were unknown.',
    definition: {
      Namespace: 'AWS/EC2',
      MetricName: 'CPUUtilization',
      Statistic: 'Average',
      Period: 300,
      Threshold: 80,
      Dimensions: instanceDimension(instance),
    },
  };
}

// Metric math: the instance appears only in the members' dimensions, never in the alarm's own.
function networkMathAlarm(instance: InstanceView): AlarmDraft {
  const member = (id: string, metricName: string): NonNullable<MetricAlarm['Metrics']>[number] => ({
    Id: id,
    ReturnData: false,
    MetricStat: {
      Metric: {
        Namespace: 'AWS/EC2',
        MetricName: metricName,
        Dimensions: instanceDimension(instance),
      },
      Period: 300,
      Stat: 'Sum',
    },
  });
  return {
    name: `${instance.instanceId}-network-total-high`,
    state: 'ALARM',
    reason: 'Threshold Crossed: 1 datapoint was greater than the threshold (5.0E9).',
    definition: {
      EvaluationPeriods: 1,
      Threshold: 5e9,
      Metrics: [
        member('m1', 'NetworkIn'),
        member('m2', 'NetworkOut'),
        { Id: 'e1', Expression: 'm1 + m2', Label: 'Network total', ReturnData: true },
      ],
    },
  };
}

// An alarm on no instance at all, so that matching by InstanceId is put to the test.
const apiAlarm: AlarmDraft = {
  name: 'fleet-console-api-5xx',
  state: 'OK',
  reason: 'Threshold Crossed: 1 datapoint was not greater than the threshold (5.0).',
  definition: {
    Namespace: 'AWS/ApiGateway',
    MetricName: '5XXError',
    Statistic: 'Sum',
    Period: 60,
    Threshold: 5,
    Dimensions: [{ Name: 'ApiName', Value: 'fleet-console' }],
  },
};

/**
 * Seeds every region's alarms in fixed states (there is no evaluation engine): an `ALARM` on each
 * instance failing a status check, a CPU alarm on about a third of the others (`ALARM` for one in
 * five running, `INSUFFICIENT_DATA` when stopped, else `OK`), one metric-math alarm per region whose
 * instance shows only in its members, and one alarm on no instance. `random` continues the
 * fleet's seed sequence, so the same seed gives the same alarms.
 *
 * @example
 * const random = seedFleet(state, { instances: 60, seed: 'demo', now });
 * seedAlarms(alarms, fleet, random, now);
 */
export function seedAlarms(
  store: AlarmStore,
  fleet: FleetView,
  random: Random,
  nowMs: number,
): void {
  for (const region of fleet.regions) {
    const live = fleet.instances(region).filter((instance) => instance.state !== 'terminated');
    const drafts: AlarmDraft[] = [apiAlarm];
    live.forEach((instance, index) => {
      if (instance.impairment !== 'none') drafts.push(statusCheckAlarm(instance));
      else if (random() < 0.33) drafts.push(cpuAlarm(instance, random));
      if (index === 2) drafts.push(networkMathAlarm(instance));
    });
    for (const draft of drafts) store.put(region, stored(region, draft, nowMs));
  }
}
