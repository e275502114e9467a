import type { Instance } from '@fleet/contract';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api-client-context';
import { listPageRequest } from './list-instances';

// An id (8 or 17 hex digits) hardly ever occurs in another instance's id, name, address or tags, so
// one short page holds the match.
const LOOK_UP_LIMIT = 10;

/**
 * Where an instance the page did not find in `region` is (where it is at all, without `region`),
 * if the caller can see it: the list's free-text search (`GET /instances?q=<id>`, every managed
 * region, scoped to the caller's teams as every list read is) for an instance with exactly this
 * id. `undefined` data: in no other region the caller sees. `enabled: false` (a malformed id)
 * asks nothing.
 *
 * @example
 * const elsewhere = useInstanceElsewhere('i-0123456789abcdef0', 'us-east-1', true);
 * elsewhere.data?.region; // 'eu-west-1'
 */
export function useInstanceElsewhere(
  id: string,
  region: string | undefined,
  enabled: boolean,
): UseQueryResult<Instance | undefined, Error> {
  const api = useApiClient();
  return useQuery({
    ...listPageRequest(api, { q: id, limit: LOOK_UP_LIMIT }),
    select: (page) =>
      page.items.find((instance) => instance.id === id && instance.region !== region),
    enabled,
  });
}
