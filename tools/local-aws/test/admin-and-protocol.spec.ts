import { DescribeInstancesCommand, type EC2Client } from '@aws-sdk/client-ec2';
import type { LocalAws } from '../src/index';
import { admin, emulatorPerSuite } from './support/harness';

const SIGNED = (region: string, service: string): Record<string, string> => ({
  authorization: `AWS4-HMAC-SHA256 Credential=AKID/20261126/${region}/${service}/aws4_request, SignedHeaders=host, Signature=0`,
  'content-type': 'application/x-www-form-urlencoded; charset=utf-8',
});

describe('admin routes and wire format', () => {
  let aws: LocalAws;
  let ec2: EC2Client;

  emulatorPerSuite({}, (started) => ({ aws, ec2 } = started));

  const post = async (
    body: string,
    region = 'us-east-1',
    service = 'ec2',
  ): Promise<{ status: number; text: string }> => {
    const response = await fetch(aws.url, {
      method: 'POST',
      headers: SIGNED(region, service),
      body,
    });
    return { status: response.status, text: await response.text() };
  };

  it('reports health with services, regions and instance counts', async () => {
    const { status, json } = await admin(aws, 'GET', '/_local/health');
    expect(status).toBe(200);
    expect(json).toMatchObject({
      status: 'ok',
      services: ['ec2', 'monitoring', 'xray'],
      regions: aws.regions,
    });
  });

  it('counts calls by service, action and region', async () => {
    await admin(aws, 'DELETE', '/_local/counters');
    await ec2.send(new DescribeInstancesCommand({}));
    await ec2.send(new DescribeInstancesCommand({}));
    const { json } = await admin(aws, 'GET', '/_local/counters');
    expect(json).toEqual({
      total: 2,
      services: {
        ec2: {
          total: 2,
          actions: { DescribeInstances: { total: 2, errors: 0, regions: { 'us-east-1': 2 } } },
        },
      },
    });
  });

  it('resets the counters on DELETE', async () => {
    await ec2.send(new DescribeInstancesCommand({}));
    const reset = await admin(aws, 'DELETE', '/_local/counters');
    expect(reset.status).toBe(204);
    expect((await admin(aws, 'GET', '/_local/counters')).json).toEqual({ total: 0, services: {} });
  });

  it('answers an unknown admin route with 404', async () => {
    expect((await admin(aws, 'GET', '/_local/nothing')).status).toBe(404);
  });

  it('answers in the EC2 2016-11-15 namespace with the requestId first', async () => {
    const { status, text } = await post('Action=DescribeRegions&Version=2016-11-15');
    expect(status).toBe(200);
    expect(text).toMatch(
      /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<DescribeRegionsResponse xmlns="http:\/\/ec2\.amazonaws\.com\/doc\/2016-11-15\/"><requestId>[0-9a-f-]{36}<\/requestId><regionInfo>/,
    );
  });

  it('writes errors in EC2 error document shape', async () => {
    const { status, text } = await post(
      'Action=DescribeInstances&Version=2016-11-15&InstanceId.1=i-00000000000000000',
    );
    expect(status).toBe(400);
    expect(text).toMatch(
      /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<Response><Errors><Error><Code>InvalidInstanceID\.NotFound<\/Code><Message>The instance ID 'i-00000000000000000' does not exist<\/Message><\/Error><\/Errors><RequestID>[0-9a-f-]{36}<\/RequestID><\/Response>$/,
    );
  });

  it('answers an unknown action with InvalidAction', async () => {
    const { status, text } = await post('Action=DescribeUnicorns&Version=2016-11-15');
    expect(status).toBe(400);
    expect(text).toContain('<Code>InvalidAction</Code>');
  });

  it('answers a service it does not emulate with a clear error naming the emulated ones', async () => {
    const { status, text } = await post('Action=ListQueues', 'us-east-1', 'sqs');
    expect(status).toBe(400);
    expect(text).toContain(
      "local-aws does not emulate the 'sqs' service (emulated: ec2, monitoring, xray)",
    );
  });

  it('answers an unsigned request with MissingAuthenticationToken', async () => {
    const response = await fetch(aws.url, { method: 'POST', body: 'Action=DescribeRegions' });
    expect(response.status).toBe(401);
    expect(await response.text()).toContain('<Code>MissingAuthenticationToken</Code>');
  });
});
