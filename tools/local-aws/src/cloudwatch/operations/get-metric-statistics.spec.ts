import type { GetMetricStatisticsInput } from '../model/types';
import { errorOf } from '../testing/expect-error';
import { contextOf, hoursAgo, testNow } from '../testing/scenario';
import { getMetricStatistics } from './get-metric-statistics';

const context = contextOf([
  { instanceId: 'i-0stats', detailedMonitoring: true, running: [['2026-11-01T00:00:00Z', null]] },
]);

function request(extra: Partial<GetMetricStatisticsInput> = {}): GetMetricStatisticsInput {
  return {
    Namespace: 'AWS/EC2',
    MetricName: 'CPUUtilization',
    Dimensions: [{ Name: 'InstanceId', Value: 'i-0stats' }],
    StartTime: hoursAgo(6),
    EndTime: testNow,
    Period: 3600,
    Statistics: ['Average', 'Sum', 'SampleCount', 'Minimum', 'Maximum'],
    ...extra,
  };
}

describe('GetMetricStatistics', () => {
  it('answers one datapoint per period with the requested statistics and the unit', () => {
    const output = getMetricStatistics(context, request());

    expect(output.Label).toBe('CPUUtilization');
    expect(output.Datapoints).toHaveLength(6);
    expect(output.Datapoints[0]).toEqual({
      Timestamp: hoursAgo(6).getTime(),
      Unit: 'Percent',
      Average: expect.any(Number),
      Sum: expect.any(Number),
      SampleCount: 60,
      Minimum: expect.any(Number),
      Maximum: expect.any(Number),
    });
  });

  it('agrees with itself: Sum is Average times SampleCount', () => {
    const { Datapoints } = getMetricStatistics(context, request());

    Datapoints.forEach((point) =>
      expect(point.Sum).toBeCloseTo(point.Average! * point.SampleCount!, 6),
    );
  });

  it('answers percentiles as ExtendedStatistics', () => {
    const { Datapoints } = getMetricStatistics(
      context,
      request({ Statistics: undefined, ExtendedStatistics: ['p50', 'p99'] }),
    );

    Datapoints.forEach((point) =>
      expect(point.ExtendedStatistics!['p50']).toBeLessThanOrEqual(
        point.ExtendedStatistics!['p99']!,
      ),
    );
    expect(Datapoints[0]!.Average).toBeUndefined();
  });

  it('answers nothing for a unit the metric is not published in', () => {
    const { Datapoints } = getMetricStatistics(context, request({ Unit: 'Bytes' }));

    expect(Datapoints).toEqual([]);
  });

  it('refuses more than 1,440 datapoints with AWS wording', () => {
    const error = errorOf(() =>
      getMetricStatistics(context, request({ Period: 60, StartTime: hoursAgo(25) })),
    );

    expect(error.code).toBe('InvalidParameterCombination');
    expect(error.message).toBe(
      'You have requested up to 1500 datapoints, which exceeds the limit of 1440. You may reduce the datapoints requested by increasing Period, or decreasing the time range.',
    );
  });

  it('accepts exactly 1,440 datapoints', () => {
    const { Datapoints } = getMetricStatistics(
      context,
      request({ Period: 60, StartTime: hoursAgo(24), Statistics: ['Average'] }),
    );

    expect(Datapoints).toHaveLength(1440);
  });

  it('refuses a request with both Statistics and ExtendedStatistics', () => {
    const error = errorOf(() =>
      getMetricStatistics(context, request({ ExtendedStatistics: ['p99'] })),
    );

    expect(error.code).toBe('InvalidParameterCombination');
  });

  it('refuses a request with neither Statistics nor ExtendedStatistics', () => {
    const error = errorOf(() => getMetricStatistics(context, request({ Statistics: undefined })));

    expect(error.code).toBe('InvalidParameterCombination');
  });

  it('refuses an unknown statistic naming the set of valid ones', () => {
    const error = errorOf(() =>
      getMetricStatistics(context, request({ Statistics: ['Average', 'p99'] })),
    );

    expect(error.code).toBe('InvalidParameterValue');
    expect(error.message).toBe(
      'The parameter Statistics.member.2 must be a value in the set [ SampleCount, Average, Sum, Minimum, Maximum ].',
    );
  });

  it('refuses a period that is not a multiple of 60', () => {
    const error = errorOf(() => getMetricStatistics(context, request({ Period: 61 })));

    expect(error.code).toBe('InvalidParameterValue');
  });

  it('requires the metric name', () => {
    const error = errorOf(() => getMetricStatistics(context, request({ MetricName: undefined })));

    expect(error.code).toBe('MissingParameter');
    expect(error.message).toBe('The parameter MetricName is required.');
  });

  it('refuses a StartTime equal to the EndTime as InvalidParameterValue', () => {
    const error = errorOf(() => getMetricStatistics(context, request({ StartTime: testNow })));

    expect(error.code).toBe('InvalidParameterValue');
    expect(error.message).toBe('The parameter StartTime must not equal parameter EndTime.');
  });
});
