import { randomUUID } from 'node:crypto';
import type { FleetView } from '../fleet/fleet-view';
import type { AwsRequest, AwsResponse, AwsServiceHandler } from '../service-handler';
import { AlarmStore } from './alarms/alarm-store';
import { CloudWatchError } from './errors';
import { operations } from './operations/registry';
import { jsonProtocol } from './protocol/json';
import { queryProtocol } from './protocol/query';
import type { ProtocolAdapter } from './protocol/wire';
import { CustomMetricStore } from './store/custom-metric-store';

/** Options of {@link createCloudWatchService}. */
export interface CloudWatchServiceOptions {
  /** The clock; tests pin it so that answers are reproducible. Defaults to the system clock. */
  readonly now?: () => Date;
  /** The metric alarms, seeded by the caller (`seedAlarms`); empty by default. */
  readonly alarms?: AlarmStore;
}

/** JSON 1.0 callers name the operation in `X-Amz-Target`; everything else is the query protocol. */
function protocolOf(request: AwsRequest): ProtocolAdapter {
  const contentType = String(request.headers['content-type'] ?? '');
  return request.headers['x-amz-target'] !== undefined ||
    contentType.startsWith('application/x-amz-json')
    ? jsonProtocol
    : queryProtocol;
}

/**
 * The local CloudWatch: GetMetricData, GetMetricStatistics, ListMetrics, PutMetricData,
 * PutMetricAlarm and DescribeAlarms over both AWS JSON 1.0 (current SDK v3) and the query protocol
 * (older SDKs, AWS CLI), with synthetic AWS/EC2 metrics for every instance of the fleet, and
 * PutMetricData and alarms kept in memory per region (alarms in fixed states: no evaluation).
 *
 * @example
 * ```ts
 * const cloudWatch = createCloudWatchService(fleet, { now: () => new Date('2026-11-25T12:00:00Z') });
 * router.register('monitoring', cloudWatch);
 * ```
 */
export function createCloudWatchService(
  fleet: FleetView,
  options: CloudWatchServiceOptions = {},
): AwsServiceHandler {
  const now = options.now ?? ((): Date => new Date());
  const sources = { fleet, store: new CustomMetricStore() };
  const alarms = options.alarms ?? new AlarmStore();

  return async function cloudWatch(request: AwsRequest): Promise<AwsResponse> {
    const protocol = protocolOf(request);
    const requestId = randomUUID();
    try {
      const call = protocol.parse(request);
      const operation = operations[call.operation];
      if (call.unknown || !operation) return protocol.unknownOperation(call.operation, requestId);
      const context = { sources, alarms, region: request.region, nowMs: now().getTime() };
      const output = operation(context, call.input as never);
      return protocol.success(call.operation, output, requestId);
    } catch (error) {
      if (error instanceof CloudWatchError) return protocol.failure(error, requestId);
      // Anything else is our bug: answer as AWS answers its own failures, without internals.
      return protocol.failure(
        new CloudWatchError(
          'InternalFailure',
          'The request processing has failed because of an unknown error.',
          500,
        ),
        requestId,
      );
    }
  };
}
