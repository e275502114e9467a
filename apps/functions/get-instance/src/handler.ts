import { InstanceRefSchema, type InstanceDetail } from '@fleet/contract';
import { parseFleetRegions } from '@fleet/fleet';
import { createVisibleInstanceFinder } from '@fleet/instances-domain';
import { createInstanceRepository } from '@fleet/instances-ec2';
import { defineHttpFunction, type HttpInput } from '@fleet/lambda-kit';

const spec = { permission: 'instances:read', path: InstanceRefSchema } as const;
const repository = createInstanceRepository();
// The instance with its configuration, from the same DescribeInstances answer.
const findInstance = createVisibleInstanceFinder(
  {
    find: async (region, id) => {
      const found = await repository.findWithConfiguration(region, id);
      return found && { ...found.instance, configuration: found.configuration };
    },
  },
  parseFleetRegions(process.env.FLEET_REGIONS),
);

/**
 * `GET /instances/{region}/{id}`: one instance with its protection flags and its network, security
 * and storage configuration (the same DescribeInstances answer), or `404` if it is absent
 * or outside the caller's teams.
 */
export async function getInstance(input: HttpInput<typeof spec>): Promise<InstanceDetail> {
  const instance = await findInstance(input.principal, input.path);
  // Read only once the caller may see it: no attribute call for another team's instance.
  return { ...instance, protection: await repository.protection(instance.region, instance.id) };
}

export const handler = defineHttpFunction(spec, getInstance);
