import { EC2Client } from '@aws-sdk/client-ec2';
import { regionalClients } from '@fleet/lambda-kit';

/** One traced EC2 client per region, kept for the life of the container. */
export function ec2ClientCache(): (region: string) => EC2Client {
  return regionalClients((region) => new EC2Client({ region }));
}
