// Serverless variable source: the stack's alarms, an SNS topic for them, and a CloudWatch
// dashboard. `- ${file(infra/alarms.cjs):resources}` under `resources` in serverless.yml. One
// file of JavaScript because the per-function alarms follow the function list of serverless.yml.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const NAMESPACE = 'FleetConsole';

function functionNames() {
  const text = readFileSync(join(__dirname, '..', 'serverless.yml'), 'utf8');
  return [...text.matchAll(/apps\/functions\/([a-z0-9-]+)\/function\.yml/g)].map((m) => m[1]);
}

const logicalId = (name) =>
  name.replace(/(^|-)([a-z0-9])/g, (_, __, letter) => letter.toUpperCase());

function alarm(description, properties) {
  return {
    Type: 'AWS::CloudWatch::Alarm',
    Properties: {
      AlarmDescription: description,
      ActionsEnabled: true,
      AlarmActions: [{ Ref: 'AlarmTopic' }],
      OKActions: [{ Ref: 'AlarmTopic' }],
      EvaluationPeriods: 1,
      ComparisonOperator: 'GreaterThanThreshold',
      TreatMissingData: 'notBreaching',
      ...properties,
    },
  };
}

function resources(service, stage, email) {
  const api = [
    { Name: 'ApiName', Value: `${stage}-${service}` },
    { Name: 'Stage', Value: stage },
  ];
  const out = {
    AlarmTopic: {
      Type: 'AWS::SNS::Topic',
      Properties: { TopicName: `${service}-${stage}-alarms` },
    },
    ApiServerErrorRateAlarm: alarm('More than 1% of API requests answered 5xx over 5 minutes', {
      Threshold: 0.01,
      Metrics: [
        {
          Id: 'errors',
          ReturnData: false,
          MetricStat: {
            Metric: { Namespace: 'AWS/ApiGateway', MetricName: '5XXError', Dimensions: api },
            Period: 300,
            Stat: 'Sum',
          },
        },
        {
          Id: 'requests',
          ReturnData: false,
          MetricStat: {
            Metric: { Namespace: 'AWS/ApiGateway', MetricName: 'Count', Dimensions: api },
            Period: 300,
            Stat: 'Sum',
          },
        },
        {
          Id: 'rate',
          Expression: 'IF(requests > 0, errors / requests, 0)',
          Label: '5xx rate',
          ReturnData: true,
        },
      ],
    }),
    ApiLatencyP99Alarm: alarm('API p99 latency above 3 s for 10 minutes', {
      Namespace: 'AWS/ApiGateway',
      MetricName: 'Latency',
      Dimensions: api,
      ExtendedStatistic: 'p99',
      Period: 300,
      EvaluationPeriods: 2,
      Threshold: 3000,
    }),
    AuditUnavailableAlarm: alarm(
      'An action was refused because the audit trail could not be written',
      {
        Threshold: 0,
        Metrics: [
          {
            Id: 'outages',
            // Metrics Insights (alarms accept it, not SEARCH): every function's AuditUnavailable.
            Expression: `SELECT SUM(AuditUnavailable) FROM SCHEMA("${NAMESPACE}", service)`,
            Period: 300,
            Label: 'AuditUnavailable',
            ReturnData: true,
          },
        ],
      },
    ),
    UnsettledAttemptsAlarm: alarm(
      'An action attempt stayed unsettled for 15 minutes, or the audit check stopped reporting',
      {
        Namespace: NAMESPACE,
        MetricName: 'UnsettledAttempts',
        // Emitted every 5 minutes by the scheduled audit function (anchor-audit).
        Dimensions: [{ Name: 'service', Value: 'anchor-audit' }],
        Statistic: 'Maximum',
        Period: 300,
        EvaluationPeriods: 3,
        DatapointsToAlarm: 3,
        Threshold: 0,
        // No datapoint means the check itself is not running: nobody is watching the attempts.
        TreatMissingData: 'breaching',
      },
    ),
  };
  if (email) {
    out.AlarmEmailSubscription = {
      Type: 'AWS::SNS::Subscription',
      Properties: { TopicArn: { Ref: 'AlarmTopic' }, Protocol: 'email', Endpoint: email },
    };
  }
  const widgets = [];
  for (const name of functionNames()) {
    const dimensions = [{ Name: 'FunctionName', Value: `${service}-${stage}-${name}` }];
    for (const metric of ['Errors', 'Throttles']) {
      out[`${logicalId(name)}${metric}Alarm`] = alarm(
        `${name}: Lambda ${metric.toLowerCase()} in 5 minutes`,
        {
          Namespace: 'AWS/Lambda',
          MetricName: metric,
          Dimensions: dimensions,
          Statistic: 'Sum',
          Period: 300,
          Threshold: 0,
        },
      );
    }
    widgets.push({
      type: 'metric',
      width: 8,
      height: 6,
      properties: {
        title: name,
        region: '${AWS::Region}',
        stat: 'Sum',
        period: 300,
        metrics: [
          [NAMESPACE, 'Requests', 'service', name],
          ['.', 'ClientErrors', '.', '.'],
          ['.', 'Faults', '.', '.'],
          ['.', 'Latency', '.', '.', { stat: 'p99' }],
        ],
      },
    });
  }
  out.OperationsDashboard = {
    Type: 'AWS::CloudWatch::Dashboard',
    Properties: {
      DashboardName: `${service}-${stage}`,
      DashboardBody: { 'Fn::Sub': JSON.stringify({ widgets }) },
    },
  };
  return { Resources: out };
}

module.exports = {
  resources: async ({ resolveVariable }) =>
    resources(
      await resolveVariable('self:service'),
      await resolveVariable('sls:stage'),
      await resolveVariable("param:alarmEmail, ''"),
    ),
  // For tests.
  functionNames,
};
