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

/** Whether any filter is set. */
export function hasAuditFilters(filters: AuditFilters): boolean {
  return KEYS.some((key) => filters[key] !== '');
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
