import { tracer } from './observability';

/**
 * Traces an AWS SDK v3 client so each call is its own X-Ray subsegment (service, operation,
 * region, retries). Returns the same client.
 *
 * @example
 * const ec2 = instrumentAwsClient(new EC2Client({ region }));
 */
export function instrumentAwsClient<T>(client: T): T {
  return tracer.captureAWSv3Client(client);
}
