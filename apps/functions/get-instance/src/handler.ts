import { InstanceRefSchema, type Instance } from '@fleet/contract';
import { parseFleetRegions, selectRegions } from '@fleet/instances-domain';
import { createInstanceRepository } from '@fleet/instances-ec2';
import { defineHttpFunction, notFound, type HttpInput } from '@fleet/lambda-kit';

const schemas = { path: InstanceRefSchema };
const managedRegions = parseFleetRegions(process.env.FLEET_REGIONS);
const repository = createInstanceRepository();

/** `GET /instances/{region}/{id}`: one instance, or `404` if its region does not hold it. */
export async function getInstance({ path }: HttpInput<typeof schemas>): Promise<Instance> {
  const [region] = selectRegions(managedRegions, [path.region]);
  const instance = region ? await repository.find(region, path.id) : undefined;
  if (!instance) {
    throw notFound(`No instance ${path.id} in ${path.region}.`, 'InstanceNotFound');
  }
  return instance;
}

export const handler = defineHttpFunction(schemas, getInstance);
