/** Route state an instance page receives from the list, so "back" restores the list's filters. */
export interface InstanceLinkState {
  listSearch: string;
}

/**
 * @example
 * instancePath('eu-west-1', 'i-0abc1234'); // '/instances/eu-west-1/i-0abc1234'
 */
export function instancePath(region: string, id: string): string {
  return `/instances/${encodeURIComponent(region)}/${encodeURIComponent(id)}`;
}

/**
 * The list URL to go back to: the filters the operator came from, else the plain list.
 *
 * @example
 * instancesListPath({ listSearch: '?region=eu-west-1' }); // '/instances?region=eu-west-1'
 * instancesListPath(null); // '/instances'
 */
export function instancesListPath(state: unknown): string {
  const search =
    typeof state === 'object' &&
    state !== null &&
    'listSearch' in state &&
    typeof state.listSearch === 'string'
      ? state.listSearch
      : '';
  return `/instances${search.startsWith('?') ? search : ''}`;
}
