import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { regionalClients } from '@fleet/lambda-kit';

/** Answers the CloudWatch client of a region. */
export type CloudWatchClientFor = (region: string) => CloudWatchClient;

/**
 * One traced CloudWatch client per region, kept for the life of the container.
 *
 * @example
 * const clientFor = cloudWatchClientCache();
 * await clientFor('eu-west-1').send(new GetMetricDataCommand(input));
 */
export function cloudWatchClientCache(): CloudWatchClientFor {
  return regionalClients((region) => new CloudWatchClient({ region }));
}
