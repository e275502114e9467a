import type { GetMetricDataInput } from '../model/types';
import { errorOf } from '../testing/expect-error';
import { contextOf, ec2Query, hoursAgo, testNow } from '../testing/scenario';
import { getMetricData } from './get-metric-data';

const minute = 60_000;

function cpuRequest(
  instanceId: string,
  period: number,
  hours: number,
  extra: Partial<GetMetricDataInput> = {},
): GetMetricDataInput {
  return {
    MetricDataQueries: [ec2Query('cpu', instanceId, 'CPUUtilization', period)],
    StartTime: hoursAgo(hours),
    EndTime: testNow,
    ...extra,
  };
}

describe('GetMetricData datapoints', () => {
  it('answers one datapoint per 5 minutes for a basic-monitoring instance', () => {
    const context = contextOf([{ instanceId: 'i-0basic' }]);

    const result = getMetricData(context, cpuRequest('i-0basic', 300, 1)).MetricDataResults[0]!;

    expect(result.Values).toHaveLength(12);
    expect(result.StatusCode).toBe('Complete');
  });

  it('answers one datapoint per minute for a detailed-monitoring instance', () => {
    const context = contextOf([{ instanceId: 'i-0fine', detailedMonitoring: true }]);

    const result = getMetricData(context, cpuRequest('i-0fine', 60, 1)).MetricDataResults[0]!;

    expect(result.Values).toHaveLength(60);
  });

  it('gives a basic-monitoring instance one datapoint every 5 minutes at a 1-minute period', () => {
    const context = contextOf([{ instanceId: 'i-0basic' }]);

    const result = getMetricData(context, cpuRequest('i-0basic', 60, 1)).MetricDataResults[0]!;

    const gaps = result.Timestamps.slice(1).map((t, i) => result.Timestamps[i]! - t);
    expect(result.Values).toHaveLength(12);
    expect(new Set(gaps)).toEqual(new Set([5 * minute]));
  });

  it('leaves a gap while the instance was stopped', () => {
    const context = contextOf([
      {
        instanceId: 'i-0gap',
        running: [
          ['2026-11-25T00:00:00Z', '2026-11-25T06:00:00Z'],
          ['2026-11-25T09:00:00Z', null],
        ],
      },
    ]);

    const result = getMetricData(
      context,
      cpuRequest('i-0gap', 3600, 12, { ScanBy: 'TimestampAscending' }),
    ).MetricDataResults[0]!;

    expect(result.Timestamps.map((t) => new Date(t).getUTCHours())).toEqual([
      0, 1, 2, 3, 4, 5, 9, 10, 11,
    ]);
  });

  it('has no datapoints after an instance stopped for good', () => {
    const context = contextOf([
      { instanceId: 'i-0gone', running: [['2026-11-24T00:00:00Z', '2026-11-24T12:00:00Z']] },
    ]);

    const result = getMetricData(context, cpuRequest('i-0gone', 300, 6)).MetricDataResults[0]!;

    expect(result.Values).toEqual([]);
    expect(result.StatusCode).toBe('Complete');
  });

  it('publishes a sample only once its window has closed', () => {
    const context = contextOf([
      { instanceId: 'i-0live', running: [['2026-11-25T11:50:00Z', null]] },
    ]);

    const result = getMetricData(context, cpuRequest('i-0live', 300, 1)).MetricDataResults[0]!;

    expect(result.Timestamps).toEqual([
      Date.parse('2026-11-25T11:55:00Z'),
      Date.parse('2026-11-25T11:50:00Z'),
    ]);
  });

  it('orders newest first by default and oldest first with TimestampAscending', () => {
    const context = contextOf([{ instanceId: 'i-0order' }]);

    const descending = getMetricData(context, cpuRequest('i-0order', 300, 1)).MetricDataResults[0]!;
    const ascending = getMetricData(
      context,
      cpuRequest('i-0order', 300, 1, { ScanBy: 'TimestampAscending' }),
    ).MetricDataResults[0]!;

    expect(descending.Timestamps[0]!).toBeGreaterThan(descending.Timestamps[1]!);
    expect(ascending.Timestamps).toEqual([...descending.Timestamps].reverse());
    expect(ascending.Values).toEqual([...descending.Values].reverse());
  });

  it('answers the same query with the same datapoints every time', () => {
    const first = getMetricData(
      contextOf([{ instanceId: 'i-0same' }]),
      cpuRequest('i-0same', 300, 24),
    );
    const second = getMetricData(
      contextOf([{ instanceId: 'i-0same' }]),
      cpuRequest('i-0same', 300, 24),
    );

    expect(second).toEqual(first);
  });

  it('keeps Sum equal to Average times SampleCount within each period', () => {
    const context = contextOf([{ instanceId: 'i-0sum', detailedMonitoring: true }]);
    const stats = ['Average', 'Sum', 'SampleCount', 'Minimum', 'Maximum'];

    const results = getMetricData(context, {
      MetricDataQueries: stats.map((stat) => ({
        ...ec2Query(stat.toLowerCase(), 'i-0sum', 'CPUUtilization', 3600, stat),
      })),
      StartTime: hoursAgo(6),
      EndTime: testNow,
    }).MetricDataResults;

    const [average, sum, count, min, max] = results.map((result) => result.Values);
    sum!.forEach((value, i) => expect(value).toBeCloseTo(average![i]! * count![i]!, 6));
    count!.forEach((value) => expect(value).toBe(60));
    average!.forEach((value, i) => {
      expect(value).toBeGreaterThanOrEqual(min![i]!);
      expect(value).toBeLessThanOrEqual(max![i]!);
    });
  });

  it('answers percentiles such as p99 between the minimum and the maximum', () => {
    const context = contextOf([{ instanceId: 'i-0p99', detailedMonitoring: true }]);

    const [p99, max] = getMetricData(context, {
      MetricDataQueries: [
        ec2Query('p', 'i-0p99', 'CPUUtilization', 3600, 'p99'),
        ec2Query('m', 'i-0p99', 'CPUUtilization', 3600, 'Maximum'),
      ],
      StartTime: hoursAgo(3),
      EndTime: testNow,
    }).MetricDataResults;

    p99!.Values.forEach((value, i) => expect(value).toBeLessThanOrEqual(max!.Values[i]!));
    expect(p99!.Values).toHaveLength(3);
  });

  it('aligns datapoints on the StartTime rounded down to the minute', () => {
    const context = contextOf([{ instanceId: 'i-0align', detailedMonitoring: true }]);

    const result = getMetricData(context, {
      MetricDataQueries: [ec2Query('cpu', 'i-0align', 'CPUUtilization', 3600)],
      StartTime: new Date('2026-11-25T08:17:42Z'),
      EndTime: testNow,
      ScanBy: 'TimestampAscending',
    }).MetricDataResults[0]!;

    expect(result.Timestamps[0]).toBe(Date.parse('2026-11-25T08:17:00Z'));
  });

  it('aggregates every instance of a type with the InstanceType dimension', () => {
    const context = contextOf([
      { instanceId: 'i-0one', instanceType: 'm5.large' },
      { instanceId: 'i-0two', instanceType: 'm5.large' },
      { instanceId: 'i-0three', instanceType: 'c5.large' },
    ]);

    const result = getMetricData(context, {
      MetricDataQueries: [
        {
          Id: 'n',
          MetricStat: {
            Metric: {
              Namespace: 'AWS/EC2',
              MetricName: 'CPUUtilization',
              Dimensions: [{ Name: 'InstanceType', Value: 'm5.large' }],
            },
            Period: 300,
            Stat: 'SampleCount',
          },
        },
      ],
      StartTime: hoursAgo(1),
      EndTime: testNow,
    }).MetricDataResults[0]!;

    expect(new Set(result.Values)).toEqual(new Set([2]));
  });

  it('labels a query with its metric name unless it has a Label, filling dynamic labels', () => {
    const context = contextOf([{ instanceId: 'i-0label' }]);

    const [plain, dynamic] = getMetricData(context, {
      MetricDataQueries: [
        ec2Query('plain', 'i-0label', 'CPUUtilization', 300),
        {
          ...ec2Query('dynamic', 'i-0label', 'CPUUtilization', 300),
          Label: "CPU of ${PROP('Dim.InstanceId')}",
        },
      ],
      StartTime: hoursAgo(1),
      EndTime: testNow,
    }).MetricDataResults;

    expect(plain!.Label).toBe('CPUUtilization');
    expect(dynamic!.Label).toBe('CPU of i-0label');
  });

  it('leaves out queries with ReturnData false', () => {
    const context = contextOf([{ instanceId: 'i-0hidden' }]);

    const output = getMetricData(context, {
      MetricDataQueries: [
        ec2Query('shown', 'i-0hidden', 'CPUUtilization', 300),
        { ...ec2Query('hidden', 'i-0hidden', 'NetworkIn', 300), ReturnData: false },
      ],
      StartTime: hoursAgo(1),
      EndTime: testNow,
    });

    expect(output.MetricDataResults.map((result) => result.Id)).toEqual(['shown']);
  });
});

describe('GetMetricData retention and periods', () => {
  const longRunning = {
    instanceId: 'i-0old',
    detailedMonitoring: true,
    running: [['2025-01-01T00:00:00Z', null]] as const,
  };

  it('answers nothing at a 1-minute period for data older than 15 days', () => {
    const context = contextOf([longRunning]);

    const result = getMetricData(context, {
      MetricDataQueries: [ec2Query('cpu', 'i-0old', 'CPUUtilization', 60)],
      StartTime: hoursAgo(20 * 24),
      EndTime: hoursAgo(20 * 24 - 1),
    }).MetricDataResults[0]!;

    expect(result.Values).toEqual([]);
  });

  it('answers data older than 15 days at a 5-minute period', () => {
    const context = contextOf([longRunning]);

    const result = getMetricData(context, {
      MetricDataQueries: [ec2Query('cpu', 'i-0old', 'CPUUtilization', 300)],
      StartTime: hoursAgo(20 * 24),
      EndTime: hoursAgo(20 * 24 - 1),
    }).MetricDataResults[0]!;

    expect(result.Values).toHaveLength(12);
  });

  it('answers data older than 63 days only at hourly multiples', () => {
    const context = contextOf([longRunning]);
    const range = { StartTime: hoursAgo(100 * 24), EndTime: hoursAgo(100 * 24 - 6) };

    const [fiveMinutes, hourly] = getMetricData(context, {
      MetricDataQueries: [
        ec2Query('five', 'i-0old', 'CPUUtilization', 300),
        ec2Query('hour', 'i-0old', 'CPUUtilization', 3600),
      ],
      ...range,
    }).MetricDataResults;

    expect(fiveMinutes!.Values).toEqual([]);
    expect(hourly!.Values).toHaveLength(6);
  });

  it('forgets everything older than 455 days', () => {
    const context = contextOf([{ ...longRunning, running: [['2020-01-01T00:00:00Z', null]] }]);

    const result = getMetricData(context, {
      MetricDataQueries: [ec2Query('cpu', 'i-0old', 'CPUUtilization', 86_400)],
      StartTime: hoursAgo(460 * 24),
      EndTime: hoursAgo(450 * 24),
    }).MetricDataResults[0]!;

    expect(result.Values.length).toBeLessThanOrEqual(6);
    expect(result.Values.length).toBeGreaterThanOrEqual(4);
  });

  it('drops sub-minute periods on standard-resolution data older than 3 hours', () => {
    const context = contextOf([{ instanceId: 'i-0hr', detailedMonitoring: true }]);

    const result = getMetricData(context, {
      MetricDataQueries: [ec2Query('cpu', 'i-0hr', 'CPUUtilization', 30)],
      StartTime: hoursAgo(4),
      EndTime: hoursAgo(3.5),
    }).MetricDataResults[0]!;

    expect(result.Values).toEqual([]);
  });
});

describe('GetMetricData paging', () => {
  const fleet = [{ instanceId: 'i-0page', detailedMonitoring: true }];

  it('pages with MaxDatapoints, marks the cut query PartialData and returns a NextToken', () => {
    const context = contextOf(fleet);

    const first = getMetricData(context, cpuRequest('i-0page', 60, 1, { MaxDatapoints: 25 }));

    expect(first.MetricDataResults[0]!.Values).toHaveLength(25);
    expect(first.MetricDataResults[0]!.StatusCode).toBe('PartialData');
    expect(first.NextToken).toEqual(expect.any(String));
  });

  it('returns every datapoint exactly once across pages', () => {
    const context = contextOf(fleet);
    const whole = getMetricData(context, cpuRequest('i-0page', 60, 1)).MetricDataResults[0]!;

    const pages: number[] = [];
    let token: string | undefined;
    let statusCode = '';
    do {
      const page = getMetricData(
        context,
        cpuRequest('i-0page', 60, 1, { MaxDatapoints: 25, ...(token ? { NextToken: token } : {}) }),
      );
      pages.push(...page.MetricDataResults[0]!.Values);
      statusCode = page.MetricDataResults[0]!.StatusCode;
      token = page.NextToken;
    } while (token);

    expect(pages).toEqual(whole.Values);
    expect(statusCode).toBe('Complete');
  });

  it('refuses a NextToken issued for another request', () => {
    const context = contextOf(fleet);
    const { NextToken } = getMetricData(
      context,
      cpuRequest('i-0page', 60, 1, { MaxDatapoints: 10 }),
    );

    const error = errorOf(() =>
      getMetricData(
        context,
        cpuRequest('i-0page', 60, 2, { MaxDatapoints: 10, NextToken: NextToken! }),
      ),
    );

    expect(error.code).toBe('InvalidNextToken');
  });

  it('caps a page at 100,800 datapoints', () => {
    const instances = Array.from({ length: 80 }, (_, n) => ({
      instanceId: `i-0cap${n}`,
      detailedMonitoring: true,
    }));
    const context = contextOf(instances);

    const output = getMetricData(context, {
      MetricDataQueries: instances.map((instance, n) =>
        ec2Query(`q${n}`, instance.instanceId, 'CPUUtilization', 60),
      ),
      StartTime: hoursAgo(24),
      EndTime: testNow,
      MaxDatapoints: 500_000,
    });

    const total = output.MetricDataResults.reduce((sum, result) => sum + result.Values.length, 0);
    expect(total).toBe(100_800);
    expect(output.NextToken).toEqual(expect.any(String));
  });
});

describe('GetMetricData validation', () => {
  const context = contextOf([{ instanceId: 'i-0valid' }]);

  it('refuses more than 500 queries', () => {
    const queries = Array.from({ length: 501 }, (_, n) =>
      ec2Query(`q${n}`, 'i-0valid', 'CPUUtilization', 300),
    );

    const error = errorOf(() =>
      getMetricData(context, {
        MetricDataQueries: queries,
        StartTime: hoursAgo(1),
        EndTime: testNow,
      }),
    );

    expect(error.code).toBe('ValidationError');
    expect(error.message).toBe(
      'The collection MetricDataQueries must not have a size greater than 500.',
    );
  });

  it('accepts exactly 500 queries', () => {
    const queries = Array.from({ length: 500 }, (_, n) =>
      ec2Query(`q${n}`, 'i-0valid', 'CPUUtilization', 300),
    );

    const output = getMetricData(context, {
      MetricDataQueries: queries,
      StartTime: hoursAgo(1),
      EndTime: testNow,
    });

    expect(output.MetricDataResults).toHaveLength(500);
  });

  it('lists every Id that does not start with a lowercase letter', () => {
    const error = errorOf(() =>
      getMetricData(context, {
        MetricDataQueries: [
          ec2Query('Cpu', 'i-0valid', 'CPUUtilization', 300),
          ec2Query('1net', 'i-0valid', 'NetworkIn', 300),
        ],
        StartTime: hoursAgo(1),
        EndTime: testNow,
      }),
    );

    expect(error.code).toBe('ValidationError');
    expect(error.message.split('\n')).toEqual([
      'The value Cpu for parameter MetricDataQueries.member.1.Id is not matching the expected pattern ^[a-z][a-zA-Z0-9_]*$.',
      'The value 1net for parameter MetricDataQueries.member.2.Id is not matching the expected pattern ^[a-z][a-zA-Z0-9_]*$.',
    ]);
  });

  it('refuses duplicate Ids', () => {
    const error = errorOf(() =>
      getMetricData(context, {
        MetricDataQueries: [
          ec2Query('cpu', 'i-0valid', 'CPUUtilization', 300),
          ec2Query('cpu', 'i-0valid', 'NetworkIn', 300),
        ],
        StartTime: hoursAgo(1),
        EndTime: testNow,
      }),
    );

    expect(error.message).toBe('The values for parameter id in MetricDataQueries are not unique.');
  });

  it('refuses metric math expressions with a message that says they are not emulated', () => {
    const error = errorOf(() =>
      getMetricData(context, {
        MetricDataQueries: [{ Id: 'e', Expression: 'SUM(METRICS())' }],
        StartTime: hoursAgo(1),
        EndTime: testNow,
      }),
    );

    expect(error.code).toBe('ValidationError');
    expect(error.message).toContain('does not evaluate metric math');
  });

  it('refuses a period that is neither high-resolution nor a multiple of 60', () => {
    const error = errorOf(() => getMetricData(context, cpuRequest('i-0valid', 90, 1)));

    expect(error.code).toBe('ValidationError');
  });

  it('refuses an unknown statistic', () => {
    const error = errorOf(() =>
      getMetricData(context, {
        MetricDataQueries: [ec2Query('cpu', 'i-0valid', 'CPUUtilization', 300, 'Median')],
        StartTime: hoursAgo(1),
        EndTime: testNow,
      }),
    );

    expect(error.message).toBe(
      'The value Median for parameter MetricDataQueries.member.1.MetricStat.Stat is not a valid statistic.',
    );
  });

  it('refuses a StartTime equal to the EndTime', () => {
    const error = errorOf(() =>
      getMetricData(context, { ...cpuRequest('i-0valid', 300, 1), StartTime: testNow }),
    );

    expect(error.message).toBe('The parameter StartTime must not equal parameter EndTime.');
  });

  it('refuses a StartTime after the EndTime', () => {
    const error = errorOf(() =>
      getMetricData(context, {
        ...cpuRequest('i-0valid', 300, 1),
        StartTime: testNow,
        EndTime: hoursAgo(1),
      }),
    );

    expect(error.message).toBe('The parameter StartTime must be less than the parameter EndTime.');
  });

  it('requires MetricDataQueries', () => {
    const error = errorOf(() =>
      getMetricData(context, { StartTime: hoursAgo(1), EndTime: testNow }),
    );

    expect(error.code).toBe('MissingParameter');
    expect(error.message).toBe('The parameter MetricDataQueries is required.');
  });

  it('refuses an unknown ScanBy', () => {
    const error = errorOf(() =>
      getMetricData(context, cpuRequest('i-0valid', 300, 1, { ScanBy: 'Sideways' })),
    );

    expect(error.code).toBe('ValidationError');
  });
});
