import { InstanceTypesSchema, type Architecture, type InstanceTypes } from '@fleet/contract';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api-client-context';

/**
 * `GET /instance-types?region=&architecture=`: the resize choices. They change when AWS launches
 * a family, so they are kept for the session.
 */
export function useInstanceTypes(
  region: string,
  architecture: Architecture,
): UseQueryResult<InstanceTypes, Error> {
  const api = useApiClient();
  return useQuery({
    queryKey: ['instance-types', region, architecture],
    queryFn: ({ signal }) =>
      api.get(
        `/instance-types?region=${encodeURIComponent(region)}&architecture=${architecture}`,
        InstanceTypesSchema,
        { signal },
      ),
    staleTime: Infinity,
  });
}
