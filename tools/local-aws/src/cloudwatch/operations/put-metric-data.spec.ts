import type { OperationContext } from './context';
import { errorOf } from '../testing/expect-error';
import { contextOf, hoursAgo, testNow } from '../testing/scenario';
import { getMetricData } from './get-metric-data';
import { getMetricStatistics } from './get-metric-statistics';
import { putMetricData } from './put-metric-data';

const logins = {
  Namespace: 'Fleet/Console',
  MetricName: 'Logins',
  Dimensions: [{ Name: 'Stage', Value: 'dev' }],
};

function readLogins(context: OperationContext, stat: string, period = 3600): readonly number[] {
  return getMetricData(context, {
    MetricDataQueries: [{ Id: 'm', MetricStat: { Metric: logins, Period: period, Stat: stat } }],
    StartTime: hoursAgo(3),
    EndTime: testNow,
    ScanBy: 'TimestampAscending',
  }).MetricDataResults[0]!.Values;
}

describe('PutMetricData', () => {
  it('stores values that GetMetricData then aggregates per period', () => {
    const context = contextOf([]);
    putMetricData(context, {
      Namespace: 'Fleet/Console',
      MetricData: [
        { MetricName: 'Logins', Dimensions: logins.Dimensions, Value: 2, Timestamp: hoursAgo(2.5) },
        { MetricName: 'Logins', Dimensions: logins.Dimensions, Value: 4, Timestamp: hoursAgo(2.2) },
        { MetricName: 'Logins', Dimensions: logins.Dimensions, Value: 9, Timestamp: hoursAgo(0.5) },
      ],
    });

    expect(readLogins(context, 'Sum')).toEqual([6, 9]);
    expect(readLogins(context, 'Average')).toEqual([3, 9]);
  });

  it('merges statistic sets and value lists with single values', () => {
    const context = contextOf([]);
    putMetricData(context, {
      Namespace: 'Fleet/Console',
      MetricData: [
        {
          MetricName: 'Logins',
          Dimensions: logins.Dimensions,
          StatisticValues: { SampleCount: 4, Sum: 10, Minimum: 1, Maximum: 4 },
          Timestamp: hoursAgo(1),
        },
        {
          MetricName: 'Logins',
          Dimensions: logins.Dimensions,
          Values: [5, 6],
          Counts: [1, 2],
          Timestamp: hoursAgo(1),
        },
      ],
    });

    expect(readLogins(context, 'SampleCount')).toEqual([7]);
    expect(readLogins(context, 'Sum')).toEqual([27]);
    expect(readLogins(context, 'Maximum')).toEqual([6]);
  });

  it('keeps each region to itself', () => {
    const ireland = contextOf([]);
    const virginia: OperationContext = { ...ireland, region: 'us-east-1' };
    putMetricData(ireland, {
      Namespace: 'Fleet/Console',
      MetricData: [
        { MetricName: 'Logins', Dimensions: logins.Dimensions, Value: 1, Timestamp: hoursAgo(1) },
      ],
    });

    expect(readLogins(ireland, 'Sum')).toEqual([1]);
    expect(readLogins(virginia, 'Sum')).toEqual([]);
  });

  it('identifies a metric by its set of dimensions whatever their order', () => {
    const context = contextOf([]);
    const a = { Name: 'A', Value: '1' };
    const b = { Name: 'B', Value: '2' };
    putMetricData(context, {
      Namespace: 'Fleet/Console',
      MetricData: [{ MetricName: 'Pair', Dimensions: [b, a], Value: 5, Timestamp: hoursAgo(1) }],
    });

    const { Datapoints } = getMetricStatistics(context, {
      Namespace: 'Fleet/Console',
      MetricName: 'Pair',
      Dimensions: [a, b],
      StartTime: hoursAgo(2),
      EndTime: testNow,
      Period: 3600,
      Statistics: ['Sum'],
    });

    expect(Datapoints.map((point) => point.Sum)).toEqual([5]);
  });

  it('keeps the unit a datum was put with', () => {
    const context = contextOf([]);
    putMetricData(context, {
      Namespace: 'Fleet/Console',
      MetricData: [
        { MetricName: 'Latency', Value: 12, Unit: 'Milliseconds', Timestamp: hoursAgo(1) },
      ],
    });

    const { Datapoints } = getMetricStatistics(context, {
      Namespace: 'Fleet/Console',
      MetricName: 'Latency',
      StartTime: hoursAgo(2),
      EndTime: testNow,
      Period: 3600,
      Statistics: ['Maximum'],
    });

    expect(Datapoints[0]!.Unit).toBe('Milliseconds');
  });

  it('answers 1-second periods for high-resolution data of the last three hours', () => {
    const context = contextOf([]);
    const at = new Date(testNow.getTime() - 10_000);
    putMetricData(context, {
      Namespace: 'Fleet/Console',
      MetricData: [0, 1, 2].map((second) => ({
        MetricName: 'Clicks',
        Value: 1,
        StorageResolution: 1,
        Timestamp: new Date(at.getTime() + second * 1000),
      })),
    });

    const result = getMetricData(context, {
      MetricDataQueries: [
        {
          Id: 'c',
          MetricStat: {
            Metric: { Namespace: 'Fleet/Console', MetricName: 'Clicks' },
            Period: 1,
            Stat: 'Sum',
          },
        },
      ],
      StartTime: new Date(testNow.getTime() - 60_000),
      EndTime: testNow,
    }).MetricDataResults[0]!;

    expect(result.Values).toEqual([1, 1, 1]);
  });

  it('answers a 1-second period over a whole year from the last three hours only', () => {
    const context = contextOf([]);
    putMetricData(context, {
      Namespace: 'Fleet/Console',
      MetricData: [
        { MetricName: 'Clicks', Value: 4, StorageResolution: 1, Timestamp: hoursAgo(1) },
      ],
    });

    const result = getMetricData(context, {
      MetricDataQueries: [
        {
          Id: 'c',
          MetricStat: {
            Metric: { Namespace: 'Fleet/Console', MetricName: 'Clicks' },
            Period: 1,
            Stat: 'Sum',
          },
        },
      ],
      StartTime: hoursAgo(365 * 24),
      EndTime: testNow,
    }).MetricDataResults[0]!;

    expect(result.Values).toEqual([4]);
  });

  it('refuses the reserved AWS/ namespaces', () => {
    const error = errorOf(() =>
      putMetricData(contextOf([]), {
        Namespace: 'AWS/EC2',
        MetricData: [{ MetricName: 'CPUUtilization', Value: 1 }],
      }),
    );

    expect(error.code).toBe('InvalidParameterValue');
  });

  it('refuses Value together with StatisticValues', () => {
    const error = errorOf(() =>
      putMetricData(contextOf([]), {
        Namespace: 'Fleet/Console',
        MetricData: [
          {
            MetricName: 'Logins',
            Value: 1,
            StatisticValues: { SampleCount: 1, Sum: 1, Minimum: 1, Maximum: 1 },
          },
        ],
      }),
    );

    expect(error.code).toBe('InvalidParameterCombination');
    expect(error.message).toBe(
      'The parameters MetricData.member.1.Value and MetricData.member.1.StatisticValues are mutually exclusive and you have specified both.',
    );
  });

  it('refuses more than 1,000 datums in one call', () => {
    const data = Array.from({ length: 1001 }, () => ({ MetricName: 'Logins', Value: 1 }));

    const error = errorOf(() =>
      putMetricData(contextOf([]), { Namespace: 'Fleet/Console', MetricData: data }),
    );

    expect(error.message).toBe('The collection MetricData must not have a size greater than 1000.');
  });

  it('requires a metric name on every datum', () => {
    const error = errorOf(() =>
      putMetricData(contextOf([]), {
        Namespace: 'Fleet/Console',
        MetricData: [{ MetricName: 'A', Value: 1 }, { Value: 2 }],
      }),
    );

    expect(error.code).toBe('MissingParameter');
    expect(error.message).toBe('The parameter MetricData.member.2.MetricName is required.');
  });

  it('refuses a StorageResolution other than 1 or 60', () => {
    const error = errorOf(() =>
      putMetricData(contextOf([]), {
        Namespace: 'Fleet/Console',
        MetricData: [{ MetricName: 'A', Value: 1, StorageResolution: 300 }],
      }),
    );

    expect(error.message).toBe(
      'The parameter MetricData.member.1.StorageResolution must be a value in the set [ 1, 60 ].',
    );
  });

  it('refuses datapoints older than two weeks', () => {
    const error = errorOf(() =>
      putMetricData(contextOf([]), {
        Namespace: 'Fleet/Console',
        MetricData: [{ MetricName: 'A', Value: 1, Timestamp: hoursAgo(15 * 24) }],
      }),
    );

    expect(error.code).toBe('InvalidParameterValue');
  });

  it('stores nothing from a call it refuses', () => {
    const context = contextOf([]);

    errorOf(() =>
      putMetricData(context, {
        Namespace: 'Fleet/Console',
        MetricData: [
          { MetricName: 'Logins', Dimensions: logins.Dimensions, Value: 1, Timestamp: hoursAgo(1) },
          { MetricName: 'Logins', Value: Number.NaN },
        ],
      }),
    );

    expect(readLogins(context, 'Sum')).toEqual([]);
  });
});
