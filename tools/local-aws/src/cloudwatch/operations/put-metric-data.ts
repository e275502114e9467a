import { invalidParameterCombination, invalidParameterValue, missingParameter } from '../errors';
import type { MetricDatum, PutMetricDataInput, PutMetricDataOutput } from '../model/types';
import { dayMs, hourMs } from '../period-rules';
import type { StoredPoint } from '../store/custom-metric-store';
import type { OperationContext } from './context';

/** PutMetricData's limits: datums per call, values per datum, dimensions per metric. */
export const putMetricDataLimits = { metricData: 1000, values: 150, dimensions: 30 } as const;

/** CloudWatch's StandardUnit values. */
export const standardUnits: readonly string[] = [
  'Seconds',
  'Microseconds',
  'Milliseconds',
  'Bytes',
  'Kilobytes',
  'Megabytes',
  'Gigabytes',
  'Terabytes',
  'Bits',
  'Kilobits',
  'Megabits',
  'Gigabits',
  'Terabits',
  'Percent',
  'Count',
  'Bytes/Second',
  'Kilobytes/Second',
  'Megabytes/Second',
  'Gigabytes/Second',
  'Terabytes/Second',
  'Bits/Second',
  'Kilobits/Second',
  'Megabits/Second',
  'Gigabits/Second',
  'Terabits/Second',
  'Count/Second',
  'None',
];

/** CloudWatch accepts datapoints up to two weeks old and up to two hours ahead. */
const oldestAcceptedMs = 14 * dayMs;
const furthestAheadMs = 2 * hourMs;

function finite(value: number, parameter: string): number {
  if (!Number.isFinite(value))
    throw invalidParameterValue(`The value ${value} for parameter ${parameter} is invalid.`);
  return value;
}

function pointOf(datum: MetricDatum, at: string, nowMs: number): StoredPoint {
  const timestampMs = datum.Timestamp ? datum.Timestamp.getTime() : nowMs;
  if (Number.isNaN(timestampMs))
    throw invalidParameterValue(
      `The parameter ${at}.Timestamp must be a valid ISO 8601 timestamp.`,
    );
  if (timestampMs < nowMs - oldestAcceptedMs || timestampMs > nowMs + furthestAheadMs) {
    throw invalidParameterValue(
      `The parameter ${at}.Timestamp must specify a time no more than two weeks in the past and no more than two hours in the future.`,
    );
  }
  const unit = datum.Unit ?? 'None';
  if (!standardUnits.includes(unit)) {
    throw invalidParameterValue(
      `The parameter ${at}.Unit must be a value in the set [ ${standardUnits.join(', ')} ].`,
    );
  }
  const storageResolution = datum.StorageResolution ?? 60;
  if (storageResolution !== 1 && storageResolution !== 60) {
    throw invalidParameterValue(
      `The parameter ${at}.StorageResolution must be a value in the set [ 1, 60 ].`,
    );
  }
  const common = { timestampMs, unit, storageResolution };
  const given = [
    datum.Value !== undefined,
    datum.StatisticValues !== undefined,
    datum.Values !== undefined,
  ];
  if (given.filter(Boolean).length > 1) {
    const [first, second] = ['Value', 'StatisticValues', 'Values'].filter(
      (_, index) => given[index],
    );
    throw invalidParameterCombination(
      `The parameters ${at}.${first} and ${at}.${second} are mutually exclusive and you have specified both.`,
    );
  }
  if (datum.Value !== undefined) {
    const value = finite(datum.Value, `${at}.Value`);
    return { ...common, count: 1, sum: value, min: value, max: value, values: [value, 1] };
  }
  if (datum.StatisticValues !== undefined) {
    const set = datum.StatisticValues;
    const member = (name: 'SampleCount' | 'Sum' | 'Minimum' | 'Maximum'): number => {
      const value = set[name];
      if (value === undefined) throw missingParameter(`${at}.StatisticValues.${name}`);
      return finite(value, `${at}.StatisticValues.${name}`);
    };
    return {
      ...common,
      count: member('SampleCount'),
      sum: member('Sum'),
      min: member('Minimum'),
      max: member('Maximum'),
      values: undefined,
    };
  }
  if (datum.Values !== undefined) {
    const values = datum.Values;
    const counts = datum.Counts ?? values.map(() => 1);
    if (values.length > putMetricDataLimits.values) {
      throw invalidParameterValue(
        `The collection ${at}.Values must not have a size greater than ${putMetricDataLimits.values}.`,
      );
    }
    if (counts.length !== values.length) {
      throw invalidParameterCombination(
        `The parameters ${at}.Values and ${at}.Counts must be arrays of the same length.`,
      );
    }
    const pairs: number[] = [];
    let count = 0;
    let sum = 0;
    values.forEach((value, index) => {
      finite(value, `${at}.Values.member.${index + 1}`);
      const weight = counts[index] ?? 1;
      pairs.push(value, weight);
      count += weight;
      sum += value * weight;
    });
    if (count === 0) throw invalidParameterValue(`The parameter ${at}.Values must not be empty.`);
    return {
      ...common,
      count,
      sum,
      min: Math.min(...values),
      max: Math.max(...values),
      values: pairs,
    };
  }
  throw missingParameter(`${at}.Value`);
}

/**
 * PutMetricData into the caller's region. The whole call is validated before anything is stored,
 * so a refused call stores nothing. `AWS/` namespaces are reserved, as on AWS.
 */
export function putMetricData(
  context: OperationContext,
  input: PutMetricDataInput,
): PutMetricDataOutput {
  const namespace = input.Namespace;
  if (!namespace) throw missingParameter('Namespace');
  if (namespace.startsWith('AWS/')) {
    throw invalidParameterValue(
      `The value ${namespace} for parameter Namespace is invalid: the AWS/ prefix is reserved.`,
    );
  }
  const data = input.MetricData;
  if (!data || data.length === 0) throw missingParameter('MetricData');
  if (data.length > putMetricDataLimits.metricData) {
    throw invalidParameterValue(
      `The collection MetricData must not have a size greater than ${putMetricDataLimits.metricData}.`,
    );
  }
  const checked = data.map((datum, index) => {
    const at = `MetricData.member.${index + 1}`;
    if (!datum.MetricName) throw missingParameter(`${at}.MetricName`);
    const dimensions = datum.Dimensions ?? [];
    if (dimensions.length > putMetricDataLimits.dimensions) {
      throw invalidParameterValue(
        `The collection ${at}.Dimensions must not have a size greater than ${putMetricDataLimits.dimensions}.`,
      );
    }
    dimensions.forEach((dimension, d) => {
      if (!dimension.Name) throw missingParameter(`${at}.Dimensions.member.${d + 1}.Name`);
      if (dimension.Value === undefined || dimension.Value === '')
        throw missingParameter(`${at}.Dimensions.member.${d + 1}.Value`);
    });
    return { name: datum.MetricName, dimensions, point: pointOf(datum, at, context.nowMs) };
  });
  for (const { name, dimensions, point } of checked) {
    context.sources.store.add(context.region, namespace, name, dimensions, point);
  }
  return {};
}
