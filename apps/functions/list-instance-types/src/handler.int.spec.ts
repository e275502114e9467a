import type { ApiError, InstanceTypes } from '@fleet/contract';
import { callApi, ec2Calls, resetLocalAwsCounters } from '@fleet/testing';

describe('GET /instance-types', () => {
  it('lists only the types of the asked architecture, from DescribeInstanceTypes', async () => {
    const { status, body } = await callApi<InstanceTypes>(
      '/instance-types?region=eu-west-1&architecture=arm64',
      {},
      { as: 'operator' },
    );

    expect(status).toBe(200);
    expect(body.items.length).toBeGreaterThan(0);
    expect(body.items.map((t) => t.instanceType)).toContain('t4g.micro');
    expect(body.items.map((t) => t.instanceType)).not.toContain('t3.micro');
  });

  it('asks EC2 once per region and architecture, then answers from its cache', async () => {
    await callApi('/instance-types?region=us-east-1&architecture=x86_64', {}, { as: 'admin' });
    await resetLocalAwsCounters();

    const again = await callApi<InstanceTypes>(
      '/instance-types?region=us-east-1&architecture=x86_64',
      {},
      { as: 'admin' },
    );

    expect(again.body.items.map((t) => t.instanceType)).toContain('t3.micro');
    expect(await ec2Calls('DescribeInstanceTypes')).toBe(0);
  });

  it('answers 400 for an unknown architecture or an unmanaged region', async () => {
    const arch = await callApi<ApiError>(
      '/instance-types?region=eu-west-1&architecture=sparc',
      {},
      { as: 'admin' },
    );
    const region = await callApi<ApiError>(
      '/instance-types?region=eu-north-1&architecture=arm64',
      {},
      { as: 'admin' },
    );

    expect([arch.status, arch.body.code]).toEqual([400, 'ValidationError']);
    expect([region.status, region.body.code]).toEqual([400, 'UnknownRegion']);
  });
});
