import { EC2Client } from '@aws-sdk/client-ec2';
import { regionalClients } from './regional-clients';

describe('regionalClients', () => {
  it('creates one client per region on first use and keeps it', async () => {
    const created: string[] = [];
    const clientFor = regionalClients((region) => {
      created.push(region);
      return new EC2Client({ region });
    });

    const first = clientFor('eu-west-1');
    const again = clientFor('eu-west-1');
    const other = clientFor('us-east-1');

    expect(again).toBe(first);
    expect(other).not.toBe(first);
    expect(created).toEqual(['eu-west-1', 'us-east-1']);
    await expect(other.config.region()).resolves.toBe('us-east-1');
  });
});
