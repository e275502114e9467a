import { EC2Client } from '@aws-sdk/client-ec2';
import { instrumentAwsClient } from '@fleet/lambda-kit';

/** One traced EC2 client per region, kept for the life of the container. */
export function ec2ClientCache(): (region: string) => EC2Client {
  const clients = new Map<string, EC2Client>();
  return (region) => {
    let client = clients.get(region);
    if (!client) {
      // Endpoint and credentials come from the environment (AWS_ENDPOINT_URL_EC2 locally).
      client = instrumentAwsClient(new EC2Client({ region }));
      clients.set(region, client);
    }
    return client;
  };
}
