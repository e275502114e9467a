import { instrumentAwsClient } from './instrument-aws-client';

/**
 * One traced AWS SDK client per region, created on first use and kept for the life of the
 * container: a client holds its connection pool, so one per request would reconnect every time.
 * Endpoint and credentials come from the environment (`AWS_ENDPOINT_URL_<SERVICE>` locally).
 *
 * @example
 * const ec2For = regionalClients((region) => new EC2Client({ region }));
 * await ec2For('eu-west-1').send(new DescribeInstancesCommand({}));
 */
export function regionalClients<C>(create: (region: string) => C): (region: string) => C {
  const clients = new Map<string, C>();
  return (region) => {
    let client = clients.get(region);
    if (!client) {
      client = instrumentAwsClient(create(region));
      clients.set(region, client);
    }
    return client;
  };
}
