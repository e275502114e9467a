import type { ListAuditQuery } from '@fleet/contract';
import { decodeAuditCursor } from './audit-cursor';
import { AUDIT_INDEXES, type AuditIndex, monthOf } from './index-keys';
import { InvalidAuditQueryError } from './invalid-audit-query-error';
import { auditWindowOf } from './audit-window';
import { instanceKey } from '@fleet/fleet';

/** Months read when a query gives no `from`: the newest year. */
export const DEFAULT_LOOKBACK_MONTHS = 12;

/** Filters applied by DynamoDB on what a key condition already selected (never a Scan). */
export interface ResidualFilters {
  readonly region?: string;
  readonly actorSub?: string;
  readonly action?: string;
  readonly outcome?: string;
  /** Non-admins: the record's team must be one of these. */
  readonly teams?: readonly string[];
}

/** How one audit query is served: which index, which partitions, which key range. */
export interface AuditQueryPlan {
  readonly index: AuditIndex;
  readonly partitionAttribute: string;
  /** Read newest tier first; the partitions of one tier are read in parallel and merged. */
  readonly tiers: readonly (readonly string[])[];
  /** `atKey` bounds: at or after `fromKey`, strictly before `beforeKey`. */
  readonly fromKey: string | undefined;
  readonly beforeKey: string | undefined;
  readonly residual: ResidualFilters;
  readonly limit: number;
}

function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = to.split('-').map(Number) as [number, number];
  while (months.length < 1200) {
    const current = `${year}-${String(month).padStart(2, '0')}`;
    if (current < from) break;
    months.push(current);
    [year, month] = month === 1 ? [year - 1, 12] : [year, month - 1];
  }
  return months;
}

function lookbackStart(to: string): string {
  const [year, month] = to.split('-').map(Number) as [number, number];
  const back = year * 12 + (month - 1) - (DEFAULT_LOOKBACK_MONTHS - 1);
  return `${Math.floor(back / 12)}-${String((back % 12) + 1).padStart(2, '0')}`;
}

function plan(
  index: AuditIndex,
  tiers: string[][],
  rest: Omit<AuditQueryPlan, 'index' | 'partitionAttribute' | 'tiers'>,
): AuditQueryPlan {
  return { index, partitionAttribute: AUDIT_INDEXES[index], tiers, ...rest };
}

/**
 * Picks the index that serves an audit query with a key condition, most selective first: one
 * instance → `by-instance`; an actor → `by-actor`; a non-admin → `by-team`, one partition per
 * team, merged; an admin filtering by action or outcome → `by-action`/`by-outcome`, one
 * partition per month; anything else → `by-month`. Remaining filters are applied on what the key
 * condition selected. `null` when nothing can be visible (a non-admin with no team).
 *
 * @example
 * planAuditQuery({ action: 'stop', limit: 50 }, undefined, '2026-11-26T00:00:00.000Z').tiers;
 * // [['stop#2026-11'], ['stop#2026-10'], …]
 */
export function planAuditQuery(
  query: ListAuditQuery,
  teams: readonly string[] | undefined,
  now: string,
): AuditQueryPlan | null {
  if (query.instance && !query.region) {
    throw new InvalidAuditQueryError(
      'ValidationError',
      'query.instance: give the region of the instance too',
    );
  }
  if (teams !== undefined && teams.length === 0) return null;
  const { from, to } = auditWindowOf(query, now);
  const beforeKey = query.cursor ? decodeAuditCursor(query.cursor, query) : `${to}~`;
  if (from !== undefined && beforeKey <= from)
    throw new InvalidAuditQueryError(
      'InvalidCursor',
      'The cursor lies before `from`: start again without it.',
    );
  // '~' sorts after every character of an atKey's tail: `to` is inclusive.
  const rest = { fromKey: from, beforeKey, limit: query.limit };
  const scoped = {
    ...(teams === undefined ? {} : { teams }),
    ...(query.region ? { region: query.region } : {}),
  };
  const region = query.region ? { region: query.region } : {};
  const months = monthsBetween(from ? monthOf(from) : lookbackStart(monthOf(to)), monthOf(to));
  const { action, outcome } = query;
  if (query.instance && query.region) {
    return plan('by-instance', [[instanceKey({ region: query.region, id: query.instance })]], {
      ...rest,
      residual: { actorSub: query.actor, action, outcome, ...scoped },
    });
  }
  if (query.actor)
    return plan('by-actor', [[query.actor]], { ...rest, residual: { action, outcome, ...scoped } });
  if (teams !== undefined)
    return plan('by-team', [[...teams]], { ...rest, residual: { action, outcome, ...region } });
  if (action)
    return plan(
      'by-action',
      months.map((m) => [`${action}#${m}`]),
      { ...rest, residual: { outcome, ...region } },
    );
  if (outcome)
    return plan(
      'by-outcome',
      months.map((m) => [`${outcome}#${m}`]),
      { ...rest, residual: region },
    );
  return plan(
    'by-month',
    months.map((m) => [m]),
    { ...rest, residual: region },
  );
}
