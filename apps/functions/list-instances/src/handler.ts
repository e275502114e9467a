import { ListInstancesQuerySchema, type InstancePage } from '@fleet/contract';
import { pageInstances, parseFleetRegions, selectRegions } from '@fleet/instances-domain';
import { createInstanceRepository } from '@fleet/instances-ec2';
import { defineHttpFunction, type HttpInput } from '@fleet/lambda-kit';

const schemas = { query: ListInstancesQuerySchema };
const managedRegions = parseFleetRegions(process.env.FLEET_REGIONS);
const repository = createInstanceRepository();

/** `GET /instances`: one page of the fleet across every managed region (or the ones asked for). */
export async function listInstances({ query }: HttpInput<typeof schemas>): Promise<InstancePage> {
  const regions = selectRegions(managedRegions, query.region);
  const filters = { states: query.state, types: query.type, tags: query.tag };
  const perRegion = await Promise.all(regions.map((region) => repository.list(region, filters)));
  return pageInstances(perRegion.flat(), query);
}

export const handler = defineHttpFunction(schemas, listInstances);
