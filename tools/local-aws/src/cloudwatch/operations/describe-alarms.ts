import { invalidParameterCombination, invalidParameterValue } from '../errors';
import type { DescribeAlarmsInput, DescribeAlarmsOutput, MetricAlarm } from '../model/types';
import { decodeNextToken, encodeNextToken, fingerprint } from '../next-token';
import type { OperationContext } from './context';

/** DescribeAlarms pages: 50 alarms unless MaxRecords says otherwise, 100 at most. */
export const describeAlarmsLimits = { defaultRecords: 50, maxRecords: 100, names: 100 } as const;

const STATES = ['OK', 'ALARM', 'INSUFFICIENT_DATA'];
const TYPES = ['MetricAlarm', 'CompositeAlarm'];

function checkInput(input: DescribeAlarmsInput): number {
  const records = input.MaxRecords ?? describeAlarmsLimits.defaultRecords;
  if (!Number.isInteger(records) || records < 1 || records > describeAlarmsLimits.maxRecords)
    throw invalidParameterValue(
      `The value ${records} for parameter MaxRecords is invalid: it must be between 1 and ${describeAlarmsLimits.maxRecords}.`,
    );
  if (input.AlarmNames !== undefined && input.AlarmNamePrefix !== undefined)
    throw invalidParameterCombination('AlarmNames and AlarmNamePrefix cannot be used together.');
  if ((input.AlarmNames?.length ?? 0) > describeAlarmsLimits.names)
    throw invalidParameterValue(
      `The collection AlarmNames must not have a size greater than ${describeAlarmsLimits.names}.`,
    );
  if (input.StateValue !== undefined && !STATES.includes(input.StateValue))
    throw invalidParameterValue(
      `The value ${input.StateValue} for parameter StateValue is invalid.`,
    );
  for (const type of input.AlarmTypes ?? [])
    if (!TYPES.includes(type))
      throw invalidParameterValue(`The value ${type} for parameter AlarmTypes is invalid.`);
  return records;
}

function matches(input: DescribeAlarmsInput): (alarm: MetricAlarm) => boolean {
  const names = input.AlarmNames ? new Set(input.AlarmNames) : undefined;
  const prefix = input.ActionPrefix;
  return (alarm) =>
    (!names || names.has(alarm.AlarmName)) &&
    (input.AlarmNamePrefix === undefined || alarm.AlarmName.startsWith(input.AlarmNamePrefix)) &&
    (input.StateValue === undefined || alarm.StateValue === input.StateValue) &&
    (prefix === undefined ||
      [...alarm.OKActions, ...alarm.AlarmActions, ...alarm.InsufficientDataActions].some((arn) =>
        arn.startsWith(prefix),
      ));
}

/**
 * `DescribeAlarms`: the region's metric alarms in name order, filtered by names or a name prefix,
 * state and action prefix, one page of `MaxRecords` at a time. No `AlarmTypes` means metric
 * alarms only, as on AWS; composite alarms are never stored here, so that list is always empty.
 * AWS offers no filter by dimension: a caller that wants one instance's alarms pages them all.
 */
export function describeAlarms(
  context: OperationContext,
  input: DescribeAlarmsInput,
): DescribeAlarmsOutput {
  const records = checkInput(input);
  const wantsMetric = input.AlarmTypes === undefined || input.AlarmTypes.includes('MetricAlarm');
  // Alarms have no parent/child relation here: only composite alarms have children.
  const related = input.ChildrenOfAlarmName !== undefined || input.ParentsOfAlarmName !== undefined;
  const print = fingerprint('DescribeAlarms', input);
  const offset = input.NextToken ? decodeNextToken(input.NextToken, print).offset : 0;
  const all =
    wantsMetric && !related ? context.alarms.list(context.region).filter(matches(input)) : [];
  const page = all.slice(offset, offset + records);
  const next = offset + records;
  return {
    MetricAlarms: page,
    CompositeAlarms: [],
    ...(next < all.length
      ? { NextToken: encodeNextToken(print, { offset: next, nowMs: context.nowMs }) }
      : {}),
  };
}
