import { isInTeamScope } from '@fleet/access';
import { InstanceRefSchema, type InstanceDetail } from '@fleet/contract';
import { parseFleetRegions, selectRegions, TEAM_TAG, instanceNotFound } from '@fleet/fleet';
import { createInstanceRepository } from '@fleet/instances-ec2';
import { defineHttpFunction, type HttpInput } from '@fleet/lambda-kit';

const spec = { permission: 'instances:read', path: InstanceRefSchema } as const;
const managedRegions = parseFleetRegions(process.env.FLEET_REGIONS);
const repository = createInstanceRepository();

/**
 * `GET /instances/{region}/{id}`: one instance with its protection flags and its network, security
 * and storage configuration (the same DescribeInstances answer), or `404` if it is absent
 * or outside the caller's teams.
 */
export async function getInstance({
  path,
  principal,
}: HttpInput<typeof spec>): Promise<InstanceDetail> {
  const [region] = selectRegions(managedRegions, [path.region]);
  const found = region ? await repository.findWithConfiguration(region, path.id) : undefined;
  // Out of scope answers exactly like absent: a caller never learns that the instance exists.
  if (!found || !isInTeamScope(principal, found.instance.tags[TEAM_TAG])) {
    throw instanceNotFound(path);
  }
  const { instance, configuration } = found;
  // Read only once the caller may see it: no attribute call for another team's instance.
  const protection = await repository.protection(instance.region, instance.id);
  return { ...instance, protection, configuration };
}

export const handler = defineHttpFunction(spec, getInstance);
