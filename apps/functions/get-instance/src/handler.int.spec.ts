import type { ApiError, Instance, InstanceDetail } from '@fleet/contract';
import {
  callApi,
  fleetInstances,
  injectFaults,
  localAwsCounters,
  refusalOf,
  resetLocalAwsCounters,
} from '@fleet/testing';

// A live one: other specs in the run terminate instances, and a terminated one has no VPC or
// subnet and refuses protection changes, as on AWS.
async function someInstance(): Promise<Instance> {
  const [instance] = await fleetInstances('sort=-launchTime&state=running,stopped');
  if (!instance) throw new Error('the seeded fleet has no running or stopped instance');
  return instance;
}

describe('GET /instances/{region}/{id}', () => {
  it('answers the instance the list shows, field for field', async () => {
    const listed = await someInstance();

    const { status, body } = await callApi<InstanceDetail>(
      `/instances/${listed.region}/${listed.id}`,
    );
    const { protection: _protection, configuration: _configuration, ...instance } = body;

    expect(status).toBe(200);
    expect(instance).toEqual(listed);
  });

  it('answers the network, security and storage configuration from the same DescribeInstances call', async () => {
    const listed = await someInstance();
    await resetLocalAwsCounters();

    const { body } = await callApi<InstanceDetail>(`/instances/${listed.region}/${listed.id}`);

    expect(body.configuration).toMatchObject({
      vpcId: expect.stringMatching(/^vpc-/),
      subnetId: expect.stringMatching(/^subnet-/),
      imageId: expect.stringMatching(/^ami-/),
      architecture: expect.stringMatching(/^(x86_64|arm64)$/),
    });
    expect(body.configuration?.securityGroups[0]?.groupId).toMatch(/^sg-/);
    expect(body.configuration?.volumes[0]?.volumeId).toMatch(/^vol-/);
    expect((await localAwsCounters()).services.ec2?.actions.DescribeInstances?.total).toBe(1);
  });

  it('answers the protection flags an admin has just set, which DescribeInstances does not carry', async () => {
    const listed = await someInstance();
    const set = async (on: boolean): Promise<number> =>
      (
        await callApi('/instances/protection', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
          body: JSON.stringify({
            region: listed.region,
            id: listed.id,
            disableApiTermination: on,
            disableApiStop: false,
            reason: 'get-instance shows protection',
          }),
        })
      ).status;
    expect(await set(true)).toBe(200);

    const { body } = await callApi<InstanceDetail>(`/instances/${listed.region}/${listed.id}`);
    expect(await set(false)).toBe(200);

    expect(body.protection).toEqual({ disableApiTermination: true, disableApiStop: false });
  });

  it('answers 404 InstanceNotFound for a well-formed id the region does not hold', async () => {
    const { status, body } = await callApi<ApiError>('/instances/us-east-1/i-0000000000000dead');

    expect(status).toBe(404);
    expect(body.code).toBe('InstanceNotFound');
  });

  it('answers 404 for an instance asked for in another region than its own', async () => {
    const listed = await someInstance();
    const other = ['us-east-1', 'eu-west-1', 'ap-southeast-2'].find(
      (region) => region !== listed.region,
    );

    const { status } = await callApi(`/instances/${other}/${listed.id}`);

    expect(status).toBe(404);
  });

  it.each([
    ['/instances/us-east-1/not-an-id', 'ValidationError'],
    ['/instances/Mars/i-0123456789abcdef0', 'ValidationError'],
    ['/instances/xx-mars-1/i-0123456789abcdef0', 'UnknownRegion'],
  ])('answers 400 to %s', async (path, code) => {
    expect(await refusalOf(path)).toEqual({ status: 400, code });
  });

  it('hides an AWS internal error behind a 503 that names no internals', async () => {
    const listed = await someInstance();
    await injectFaults([{ service: 'ec2', action: 'DescribeInstances', internalError: 1 }]);

    const { status, body } = await callApi<ApiError>(`/instances/${listed.region}/${listed.id}`);

    expect(status).toBe(503);
    expect(body.code).toBe('AwsUnavailable');
    expect(JSON.stringify(body)).not.toMatch(/InternalError|stack|at /);
  });
});
