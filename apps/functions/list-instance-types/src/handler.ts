import { InstanceTypesQuerySchema, type InstanceTypes } from '@fleet/contract';
import { parseFleetRegions, selectRegions } from '@fleet/fleet';
import { createInstanceTypeCatalog } from '@fleet/instances-ec2';
import { defineHttpFunction, type HttpInput } from '@fleet/lambda-kit';

// Only those who may resize need the choices; the catalogue itself names no instance or team.
const spec = { permission: 'instances:resize', query: InstanceTypesQuerySchema } as const;
const managedRegions = parseFleetRegions(process.env.FLEET_REGIONS);
const catalog = createInstanceTypeCatalog();

/**
 * `GET /instance-types?region=&architecture=`: the types an instance of that architecture can be
 * resized to in that region (DescribeInstanceTypes, cached for an hour per container).
 */
export async function listInstanceTypes({ query }: HttpInput<typeof spec>): Promise<InstanceTypes> {
  const [region] = selectRegions(managedRegions, [query.region]);
  return { items: region ? await catalog.list(region, query.architecture) : [] };
}

export const handler = defineHttpFunction(spec, listInstanceTypes);
