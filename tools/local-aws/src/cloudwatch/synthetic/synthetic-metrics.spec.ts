import { getMetricData } from '../operations/get-metric-data';
import {
  contextOf,
  ec2Query,
  hoursAgo,
  instanceIdWithCharacter,
  testNow,
} from '../testing/scenario';
import { cpuCharacterOf } from './profile';

function cpuSeries(instanceId: string, stat = 'Average', hours = 24, period = 300): number[] {
  const context = contextOf([{ instanceId, running: [['2026-11-01T00:00:00Z', null]] }]);
  const output = getMetricData(context, {
    MetricDataQueries: [ec2Query('cpu', instanceId, 'CPUUtilization', period, stat)],
    StartTime: hoursAgo(hours),
    EndTime: testNow,
  });
  return [...output.MetricDataResults[0]!.Values];
}

describe('synthetic CPU characters', () => {
  it('gives every instance id the same character every time', () => {
    const ids = Array.from({ length: 50 }, (_, n) => `i-0${n.toString(16).padStart(16, '0')}`);

    expect(ids.map(cpuCharacterOf)).toEqual(ids.map(cpuCharacterOf));
  });

  it('spreads characters over a fleet so that every kind appears', () => {
    const ids = Array.from(
      { length: 200 },
      (_, n) => `i-0${(n * 7919).toString(16).padStart(16, '0')}`,
    );

    expect(new Set(ids.map(cpuCharacterOf))).toEqual(
      new Set(['idle', 'steady', 'spiky', 'pegged']),
    );
  });

  it('keeps an idle instance under 5 % all day', () => {
    const values = cpuSeries(instanceIdWithCharacter('idle'), 'Maximum');

    expect(Math.max(...values)).toBeLessThanOrEqual(5);
  });

  it('keeps a pegged instance near 100 % all day', () => {
    const values = cpuSeries(instanceIdWithCharacter('pegged'), 'Minimum');

    expect(Math.min(...values)).toBeGreaterThanOrEqual(95);
  });

  it('gives a spiky instance a low baseline with bursts above 60 %', () => {
    const values = cpuSeries(instanceIdWithCharacter('spiky'), 'Maximum', 24 * 3);
    const sorted = [...values].sort((a, b) => a - b);

    expect(sorted[Math.floor(sorted.length / 2)]).toBeLessThan(25);
    expect(sorted[sorted.length - 1]).toBeGreaterThan(60);
  });

  it('makes a steady instance busier at its daily peak than twelve hours later', () => {
    const hourly = cpuSeries(instanceIdWithCharacter('steady'), 'Average', 24, 3600);

    expect(Math.max(...hourly) - Math.min(...hourly)).toBeGreaterThan(10);
  });
});

describe('synthetic EC2 metrics', () => {
  const detailed = {
    instanceId: 'i-0detailed',
    detailedMonitoring: true,
    running: [['2026-11-20T00:00:00Z', null]] as const,
  };

  it('fails the instance check with the system check, as DescribeInstanceStatus does', () => {
    const context = contextOf([{ ...detailed, impairment: 'system' }]);

    const output = getMetricData(context, {
      MetricDataQueries: [
        ec2Query('any', 'i-0detailed', 'StatusCheckFailed', 300, 'Maximum'),
        ec2Query('sys', 'i-0detailed', 'StatusCheckFailed_System', 300, 'Maximum'),
        ec2Query('inst', 'i-0detailed', 'StatusCheckFailed_Instance', 300, 'Maximum'),
      ],
      StartTime: hoursAgo(1),
      EndTime: testNow,
    });

    const [any, system, instance] = output.MetricDataResults;
    expect(new Set(any!.Values)).toEqual(new Set([1]));
    expect(new Set(system!.Values)).toEqual(new Set([1]));
    expect(new Set(instance!.Values)).toEqual(new Set([1]));
  });

  it('reports passing status checks on a healthy instance', () => {
    const context = contextOf([detailed]);

    const output = getMetricData(context, {
      MetricDataQueries: [ec2Query('any', 'i-0detailed', 'StatusCheckFailed', 300, 'Maximum')],
      StartTime: hoursAgo(1),
      EndTime: testNow,
    });

    expect(new Set(output.MetricDataResults[0]!.Values)).toEqual(new Set([0]));
  });

  it('publishes CPU credit metrics for burstable instances only', () => {
    const context = contextOf([
      { instanceId: 'i-0burst', instanceType: 't3.micro' },
      { instanceId: 'i-0fixed', instanceType: 'm5.large' },
    ]);

    const output = getMetricData(context, {
      MetricDataQueries: [
        ec2Query('burst', 'i-0burst', 'CPUCreditBalance', 300),
        ec2Query('fixed', 'i-0fixed', 'CPUCreditBalance', 300),
      ],
      StartTime: hoursAgo(1),
      EndTime: testNow,
    });

    expect(output.MetricDataResults[0]!.Values.length).toBe(12);
    expect(output.MetricDataResults[1]!.Values).toEqual([]);
  });

  it('keeps the CPU credit balance of a t3.micro between 0 and its 288-credit maximum', () => {
    const context = contextOf([
      { instanceId: instanceIdWithCharacter('steady'), instanceType: 't3.micro' },
    ]);

    const output = getMetricData(context, {
      MetricDataQueries: [
        ec2Query('balance', instanceIdWithCharacter('steady'), 'CPUCreditBalance', 300),
      ],
      StartTime: hoursAgo(24),
      EndTime: testNow,
    });

    const values = output.MetricDataResults[0]!.Values;
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThanOrEqual(288);
  });

  it('counts network bytes per sample window, so a 5-minute sample carries five 1-minute ones', () => {
    const basic = contextOf([{ instanceId: 'i-0net', detailedMonitoring: false }]);
    const fine = contextOf([{ instanceId: 'i-0net', detailedMonitoring: true }]);
    const request = {
      MetricDataQueries: [ec2Query('net', 'i-0net', 'NetworkIn', 86_400, 'Sum')],
      StartTime: hoursAgo(24),
      EndTime: testNow,
    };

    const basicSum = getMetricData(basic, request).MetricDataResults[0]!.Values[0]!;
    const fineSum = getMetricData(fine, request).MetricDataResults[0]!.Values[0]!;

    expect(basicSum / fineSum).toBeGreaterThan(0.8);
    expect(basicSum / fineSum).toBeLessThan(1.25);
  });

  it('derives EBS bytes from EBS operations at the instance I/O size', () => {
    const context = contextOf([{ instanceId: 'i-0disk' }]);

    const output = getMetricData(context, {
      MetricDataQueries: [
        ec2Query('ops', 'i-0disk', 'EBSReadOps', 300, 'Sum'),
        ec2Query('bytes', 'i-0disk', 'EBSReadBytes', 300, 'Sum'),
      ],
      StartTime: hoursAgo(1),
      EndTime: testNow,
    });

    const [ops, bytes] = output.MetricDataResults;
    const ratios = bytes!.Values.map((value, index) => value / ops!.Values[index]!);
    expect(new Set(ratios).size).toBe(1);
    expect(ratios[0]! % 4096).toBe(0);
  });
});
