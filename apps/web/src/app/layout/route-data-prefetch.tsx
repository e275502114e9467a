import { useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { usePrefetchInstanceList } from '../../features/instances/prefetch';

/**
 * Render-as-you-fetch on entry: when the console opens (a link, a reload) on the instance list,
 * its `GET /instances` leaves as soon as the signed-in shell renders, in parallel with the page's
 * own chunks, instead of after they have downloaded and drawn. Later moves between pages need
 * none of this: their code is loaded by then.
 */
export function RouteDataPrefetch(): ReactNode {
  const { pathname, search } = useLocation();
  // The entry only: the location at the shell's first render.
  const entry = useRef({ pathname, search });
  return entry.current.pathname === '/instances' ? (
    <InstanceListPrefetch search={entry.current.search} />
  ) : null;
}

function InstanceListPrefetch({ search }: { search: string }): ReactNode {
  usePrefetchInstanceList(new URLSearchParams(search));
  return null;
}
