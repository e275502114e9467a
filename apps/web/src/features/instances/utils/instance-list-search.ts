import {
  DEFAULT_PAGE_SIZE,
  INSTANCE_STATES,
  InstanceSortSchema,
  InstanceTypeSchema,
  MAX_PAGE_SIZE,
  RegionSchema,
  TagFilterSchema,
  type InstanceSort,
  type InstanceState,
  type ListInstancesParams,
} from '@fleet/contract';

/** What the operator filters the list by; every field is ANDed by the API. */
export interface InstanceListFilters {
  /** Free text, sent as `q`. */
  q: string;
  region: string[];
  state: InstanceState[];
  type: string[];
  /** `key=value` pairs, exact and case-sensitive. */
  tag: string[];
}

/** Everything about the list that lives in the URL, so a link reproduces the view. */
export interface InstanceListView {
  filters: InstanceListFilters;
  sort: InstanceSort;
  limit: number;
}

export const DEFAULT_SORT: InstanceSort = 'name';
export const PAGE_SIZE_OPTIONS = [25, 50, 100] as const;

export const EMPTY_FILTERS: InstanceListFilters = {
  q: '',
  region: [],
  state: [],
  type: [],
  tag: [],
};

/** Values may arrive comma-separated or repeated, as the API accepts them. */
function listParam(params: URLSearchParams, key: string): string[] {
  const values = params
    .getAll(key)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter((value) => value.length > 0);
  return [...new Set(values)];
}

function isState(value: string): value is InstanceState {
  return (INSTANCE_STATES as readonly string[]).includes(value);
}

function parseLimit(raw: string | null): number {
  const limit = Number(raw);
  return Number.isInteger(limit) && limit >= 1 && limit <= MAX_PAGE_SIZE
    ? limit
    : DEFAULT_PAGE_SIZE;
}

/**
 * Reads the list's view from the URL. Values the API would refuse are dropped rather than sent:
 * a hand-edited or stale link should show a list, not a 400.
 *
 * @example
 * parseInstanceListSearch(new URLSearchParams('state=running,bogus&sort=-launchTime')).sort; // '-launchTime'
 */
export function parseInstanceListSearch(params: URLSearchParams): InstanceListView {
  const sort = InstanceSortSchema.safeParse(params.get('sort'));
  return {
    filters: {
      q: (params.get('q') ?? '').slice(0, 200),
      region: listParam(params, 'region').filter((value) => RegionSchema.safeParse(value).success),
      state: listParam(params, 'state').filter(isState),
      type: listParam(params, 'type').filter(
        (value) => InstanceTypeSchema.safeParse(value).success,
      ),
      // Tags are never comma-split: a tag value may hold a comma.
      tag: [...new Set(params.getAll('tag'))].filter(
        (value) => TagFilterSchema.safeParse(value).success,
      ),
    },
    sort: sort.success ? sort.data : DEFAULT_SORT,
    limit: parseLimit(params.get('limit')),
  };
}

/**
 * Writes the view back to search params, leaving out defaults so URLs stay short and canonical.
 *
 * @example
 * toInstanceListSearch({ filters: { ...EMPTY_FILTERS, region: ['us-east-1', 'eu-west-1'] }, sort: 'name', limit: 50 }).toString();
 * // 'region=us-east-1%2Ceu-west-1'
 */
export function toInstanceListSearch(view: InstanceListView): URLSearchParams {
  const params = new URLSearchParams();
  const q = view.filters.q.trim();
  if (q) params.set('q', q);
  if (view.filters.region.length) params.set('region', view.filters.region.join(','));
  if (view.filters.state.length) params.set('state', view.filters.state.join(','));
  if (view.filters.type.length) params.set('type', view.filters.type.join(','));
  view.filters.tag.forEach((tag) => params.append('tag', tag));
  if (view.sort !== DEFAULT_SORT) params.set('sort', view.sort);
  if (view.limit !== DEFAULT_PAGE_SIZE) params.set('limit', String(view.limit));
  return params;
}

/**
 * The API query for one page of the view. `cursor` belongs to these exact filters and sort.
 *
 * @example
 * toListInstancesParams({ filters: EMPTY_FILTERS, sort: 'name', limit: 25 }, null);
 * // { sort: 'name', limit: 25 }
 */
export function toListInstancesParams(
  view: InstanceListView,
  cursor: string | null,
): ListInstancesParams {
  const { filters } = view;
  const q = filters.q.trim();
  return {
    ...(q ? { q } : {}),
    ...(filters.region.length ? { region: filters.region } : {}),
    ...(filters.state.length ? { state: filters.state } : {}),
    ...(filters.type.length ? { type: filters.type } : {}),
    ...(filters.tag.length ? { tag: filters.tag } : {}),
    sort: view.sort,
    limit: view.limit,
    ...(cursor ? { cursor } : {}),
  };
}

/**
 * How many of the filters besides the search are set: those a phone folds behind its "Filters"
 * button, the search staying in view.
 *
 * @example
 * foldedFilterCount({ ...EMPTY_FILTERS, q: 'web', region: ['eu-west-1', 'us-east-1'], state: ['running'] }); // 2
 */
export function foldedFilterCount(filters: InstanceListFilters): number {
  return [filters.region, filters.state, filters.type, filters.tag].filter((set) => set.length > 0)
    .length;
}

/** True when any filter is set (sort and page size are not filters). */
export function hasActiveFilters(filters: InstanceListFilters): boolean {
  return Boolean(
    filters.q.trim() ||
    filters.region.length ||
    filters.state.length ||
    filters.type.length ||
    filters.tag.length,
  );
}
