import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { instrumentAwsClient } from '@fleet/lambda-kit';

/** Answers the CloudWatch client of a region. */
export type CloudWatchClientFor = (region: string) => CloudWatchClient;

/**
 * One traced CloudWatch client per region, created on first use and kept for the life of the
 * container (a client holds its connection pool; creating one per request would reconnect).
 * Endpoint and credentials come from the environment (`AWS_ENDPOINT_URL_CLOUDWATCH` locally).
 *
 * @example
 * const clientFor = cloudWatchClientCache();
 * await clientFor('eu-west-1').send(new GetMetricDataCommand(input));
 */
export function cloudWatchClientCache(): CloudWatchClientFor {
  const clients = new Map<string, CloudWatchClient>();
  return (region) => {
    let client = clients.get(region);
    if (!client) {
      client = instrumentAwsClient(new CloudWatchClient({ region }));
      clients.set(region, client);
    }
    return client;
  };
}
