import { teamScopeOf } from '@fleet/access';
import { ListInstancesQuerySchema, type InstancePage } from '@fleet/contract';
import { parseFleetRegions, selectRegions, TEAM_TAG } from '@fleet/fleet';
import { pageInstances, teamScopedFilters } from '@fleet/instances-domain';
import { createInstanceRepository } from '@fleet/instances-ec2';
import { defineHttpFunction, type HttpInput } from '@fleet/lambda-kit';

const spec = { permission: 'instances:read', query: ListInstancesQuerySchema } as const;
const managedRegions = parseFleetRegions(process.env.FLEET_REGIONS);
const repository = createInstanceRepository();

/** `GET /instances`: one page of the caller's part of the fleet, across the managed regions. */
export async function listInstances({
  query,
  principal,
}: HttpInput<typeof spec>): Promise<InstancePage> {
  const regions = selectRegions(managedRegions, query.region);
  const tags = teamScopedFilters(teamScopeOf(principal), query.tag, TEAM_TAG);
  if (tags === null) return { items: [], nextCursor: null };
  const filters = { states: query.state, types: query.type, tags };
  const perRegion = await Promise.all(regions.map((region) => repository.list(region, filters)));
  return pageInstances(perRegion.flat(), query);
}

export const handler = defineHttpFunction(spec, listInstances);
