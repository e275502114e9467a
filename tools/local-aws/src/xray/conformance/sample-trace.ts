import type { SegmentDocument } from '../segment-document';
import { newSegmentId, newTraceId } from './send-segments';

/** What a test asks of one sample request. */
export interface SampleRequest {
  readonly functionName: string;
  readonly status: number;
  readonly startedAt: number;
  readonly seconds: number;
  readonly annotations?: Record<string, string | number | boolean>;
  /** An EC2 call that failed as EC2 throttled it. */
  readonly ec2Throttled?: boolean;
}

/**
 * The documents one API request leaves in X-Ray, shaped as AWS writes them: the API Gateway
 * stage segment, the Lambda service segment, the function segment, and the handler's
 * subsegments sent on their own (as the SDK does inside Lambda), one of them an EC2 call.
 */
export function sampleRequest(request: SampleRequest): {
  traceId: string;
  documents: SegmentDocument[];
} {
  const traceId = newTraceId(request.startedAt * 1000);
  const [gateway, lambda, fn, handler, ec2] = [1, 2, 3, 4, 5].map(() => newSegmentId()) as string[];
  const start = request.startedAt;
  const end = start + request.seconds;
  const flags = (status: number): Partial<SegmentDocument> =>
    status === 429
      ? { error: true, throttle: true }
      : status >= 500
        ? { fault: true }
        : status >= 400
          ? { error: true }
          : {};
  const documents: SegmentDocument[] = [
    {
      name: 'fleet-console-local/local',
      id: gateway as string,
      trace_id: traceId,
      start_time: start,
      end_time: end,
      origin: 'AWS::ApiGateway::Stage',
      http: {
        request: { method: 'GET', url: 'http://127.0.0.1/instances' },
        response: { status: request.status },
      },
      ...flags(request.status),
    },
    {
      name: request.functionName,
      id: lambda as string,
      trace_id: traceId,
      parent_id: gateway,
      start_time: start + 0.001,
      end_time: end - 0.001,
      origin: 'AWS::Lambda',
    },
    {
      name: request.functionName,
      id: fn as string,
      trace_id: traceId,
      parent_id: lambda,
      start_time: start + 0.002,
      end_time: end - 0.002,
      origin: 'AWS::Lambda::Function',
    },
    {
      type: 'subsegment',
      name: '## index.handler',
      id: handler as string,
      trace_id: traceId,
      parent_id: fn,
      start_time: start + 0.003,
      end_time: end - 0.003,
      annotations: request.annotations ?? {},
      ...(request.status >= 500
        ? { fault: true, cause: { exceptions: [{ id: 'e1', type: 'Error', message: 'boom' }] } }
        : {}),
    },
    {
      type: 'subsegment',
      name: 'EC2',
      id: ec2 as string,
      trace_id: traceId,
      parent_id: handler,
      namespace: 'aws',
      start_time: start + 0.004,
      end_time: start + 0.01,
      aws: {
        operation: 'DescribeInstances',
        region: 'us-east-1',
        retries: request.ec2Throttled ? 3 : 0,
      },
      http: { response: { status: request.ec2Throttled ? 503 : 200 } },
      ...(request.ec2Throttled
        ? {
            error: true,
            throttle: true,
            cause: {
              exceptions: [
                {
                  id: 'e2',
                  type: 'RequestLimitExceeded',
                  message: 'Request limit exceeded.',
                  remote: true,
                },
              ],
            },
          }
        : {}),
    },
  ];
  return { traceId, documents };
}
