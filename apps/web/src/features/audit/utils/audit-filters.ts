import {
  AUDIT_OUTCOMES,
  INSTANCE_ACTIONS,
  type AuditOutcome,
  type InstanceAction,
} from '@fleet/contract';

/** The Audit page's filters, as the URL holds them (`?region=&instance=&actor=&action=&outcome=&from=&to=`). */
export interface AuditFilters {
  region: string;
  instance: string;
  /** The actor's `sub`. */
  actor: string;
  action: InstanceAction | '';
  outcome: AuditOutcome | '';
  /** ISO 8601. */
  from: string;
  to: string;
}

export const EMPTY_AUDIT_FILTERS: AuditFilters = {
  region: '',
  instance: '',
  actor: '',
  action: '',
  outcome: '',
  from: '',
  to: '',
};

const KEYS = ['region', 'instance', 'actor', 'action', 'outcome', 'from', 'to'] as const;

function oneOf<T extends string>(values: readonly T[], value: string | null): T | '' {
  return values.find((candidate) => candidate === value) ?? '';
}

function isoOrEmpty(value: string | null): string {
  if (!value) return '';
  const time = Date.parse(value);
  return Number.isNaN(time) ? '' : new Date(time).toISOString();
}

/**
 * The filters a URL names; unknown actions, outcomes and unreadable dates are dropped, so a
 * hand-edited link still opens a page instead of an error.
 *
 * @example
 * parseAuditFilters(new URLSearchParams('action=stop&outcome=bogus')).action; // 'stop'
 */
export function parseAuditFilters(params: URLSearchParams): AuditFilters {
  return {
    region: params.get('region')?.trim() ?? '',
    instance: params.get('instance')?.trim() ?? '',
    actor: params.get('actor')?.trim() ?? '',
    action: oneOf(INSTANCE_ACTIONS, params.get('action')),
    outcome: oneOf(AUDIT_OUTCOMES, params.get('outcome')),
    from: isoOrEmpty(params.get('from')),
    to: isoOrEmpty(params.get('to')),
  };
}

/**
 * The URL's search for these filters: empty ones left out, other parameters kept.
 *
 * @example
 * auditFiltersToSearch({ ...EMPTY_AUDIT_FILTERS, action: 'stop' }).toString(); // 'action=stop'
 */
export function auditFiltersToSearch(
  filters: AuditFilters,
  current: URLSearchParams = new URLSearchParams(),
): URLSearchParams {
  const next = new URLSearchParams(current);
  for (const key of KEYS) {
    const value = filters[key];
    if (value) next.set(key, value);
    else next.delete(key);
  }
  return next;
}

/**
 * How many filters are set (each bound of the time range counts as one).
 *
 * @example
 * auditFilterCount({ ...EMPTY_AUDIT_FILTERS, action: 'stop', outcome: 'failed' }); // 2
 */
export function auditFilterCount(filters: AuditFilters): number {
  return KEYS.filter((key) => filters[key] !== '').length;
}

/** Whether any filter is set. */
export function hasAuditFilters(filters: AuditFilters): boolean {
  return auditFilterCount(filters) > 0;
}

/**
 * The `GET /audit` query for these filters: an instance counts only with its region, as the API
 * needs both.
 *
 * @example
 * auditQuery({ ...EMPTY_AUDIT_FILTERS, instance: 'i-1' }); // {}
 */
export function auditQuery(filters: AuditFilters): Record<string, string> {
  const query: Record<string, string> = {};
  if (filters.region) query['region'] = filters.region;
  if (filters.instance && filters.region) query['instance'] = filters.instance;
  for (const key of ['actor', 'action', 'outcome', 'from', 'to'] as const) {
    if (filters[key]) query[key] = filters[key];
  }
  return query;
}

/** What is wrong with a filter, per field; empty when the filters can be applied. */
export type AuditFilterProblems = Partial<Record<'instance' | 'actor', string>>;

/**
 * The filters the API cannot honour as written, in words for the field: an instance id names an
 * instance only within a region, and records are filtered by the actor's user id (`sub`), which
 * an email is not (`resolveActor` replaces those it can first).
 *
 * @example
 * auditFilterProblems({ ...EMPTY_AUDIT_FILTERS, instance: 'i-1' }).instance; // 'Choose the instance's region too…'
 */
export function auditFilterProblems(filters: AuditFilters): AuditFilterProblems {
  const problems: AuditFilterProblems = {};
  if (filters.instance && !filters.region) {
    problems.instance =
      "Choose the instance's region too: an instance id is looked up in one region.";
  }
  if (filters.actor.includes('@')) {
    problems.actor =
      'Records are filtered by user id (sub), not email: hover an actor in the table to see theirs.';
  }
  return problems;
}

/**
 * The actor filter with an email replaced by the user id it belongs to, when it is known (the
 * signed-in user's own email, or an actor already shown).
 *
 * @example
 * resolveActor({ ...EMPTY_AUDIT_FILTERS, actor: 'me@x.io' }, [{ sub: 'u-1', email: 'me@x.io' }]).actor; // 'u-1'
 */
export function resolveActor(
  filters: AuditFilters,
  known: readonly { sub: string; email: string }[],
): AuditFilters {
  if (!filters.actor.includes('@')) return filters;
  const email = filters.actor.toLowerCase();
  const match = known.find((actor) => actor.email.toLowerCase() === email);
  return match ? { ...filters, actor: match.sub } : filters;
}
