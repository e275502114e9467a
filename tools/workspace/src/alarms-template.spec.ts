import { packagedStack, type Template } from './packaged-stack';
import { allOfType, onlyOfType } from './template-queries';

const { functionNames } = jest.requireActual<{ functionNames: () => string[] }>(
  '../../../infra/alarms.cjs',
);

describe('alarms in the packaged template', () => {
  let template: Template;

  beforeAll(async () => {
    template = (await packagedStack()).template;
  }, 300_000);

  const alarms = (): Record<string, Record<string, unknown>> =>
    Object.fromEntries(
      allOfType(template, 'AWS::CloudWatch::Alarm').map(([id, r]) => [id, r.Properties]),
    );

  it('sends every alarm to one SNS topic, on alarm and on recovery', () => {
    const [topicId] = onlyOfType(template, 'AWS::SNS::Topic');

    for (const properties of Object.values(alarms())) {
      expect(properties['AlarmActions']).toEqual([{ Ref: topicId }]);
      expect(properties['OKActions']).toEqual([{ Ref: topicId }]);
    }
  });

  it('alarms on every function’s Lambda errors and throttles', () => {
    const byFunction = Object.values(alarms()).filter(
      (properties) => properties['Namespace'] === 'AWS/Lambda',
    );

    for (const name of functionNames())
      for (const metric of ['Errors', 'Throttles'])
        expect(
          byFunction.some(
            (properties) =>
              properties['MetricName'] === metric &&
              JSON.stringify(properties['Dimensions']).includes(`-${name}"`),
          ),
        ).toBe(true);
  });

  it('alarms on the API 5xx rate, its p99 latency and audit outages', () => {
    const all = alarms();

    expect(JSON.stringify(all['ApiServerErrorRateAlarm']?.['Metrics'])).toContain('5XXError');
    expect(all['ApiLatencyP99Alarm']).toMatchObject({ ExtendedStatistic: 'p99', Threshold: 3000 });
    expect(JSON.stringify(all['AuditUnavailableAlarm']?.['Metrics'])).toContain('AuditUnavailable');
  });

  it('alarms when an attempt stays unsettled for 15 minutes, or the count stops arriving', () => {
    expect(alarms()['UnsettledAttemptsAlarm']).toMatchObject({
      Namespace: 'FleetConsole',
      MetricName: 'UnsettledAttempts',
      Dimensions: [{ Name: 'service', Value: 'anchor-audit' }],
      ComparisonOperator: 'GreaterThanThreshold',
      Threshold: 0,
      Period: 300,
      EvaluationPeriods: 3,
      DatapointsToAlarm: 3,
      TreatMissingData: 'breaching',
    });
  });

  it('draws a CloudWatch dashboard of every function', () => {
    const [, dashboard] = onlyOfType(template, 'AWS::CloudWatch::Dashboard');

    const body = JSON.stringify(dashboard.Properties['DashboardBody']);
    for (const name of functionNames()) expect(body).toContain(`\\"title\\":\\"${name}\\"`);
  });
});
