import type { AuditRecord } from '@fleet/contract';
import { instanceKey } from '@fleet/fleet';

/** The audit table's secondary indexes, each a partition attribute sorted by `atKey`. */
export const AUDIT_INDEXES = {
  'by-instance': 'instanceKey',
  'by-actor': 'actorSub',
  'by-team': 'teamKey',
  'by-action': 'actionMonth',
  'by-outcome': 'outcomeMonth',
  'by-month': 'month',
} as const;
export type AuditIndex = keyof typeof AUDIT_INDEXES;

/** The sort attribute of every index: time, then chain and seq, so no two records tie. */
export const AT_KEY = 'atKey';

/**
 * `YYYY-MM` of an ISO time.
 *
 * @example
 * monthOf('2026-11-26T10:00:00.000Z'); // '2026-11'
 */
export const monthOf = (iso: string): string => iso.slice(0, 7);

/**
 * The index attributes stored beside a record, derived from it (the verifier re-derives them).
 * Action and outcome partitions are split by month so that no partition grows without bound
 * and a time range reads only its months; a record without a team has no `teamKey` (sparse).
 *
 * @example
 * indexKeysOf(record).actionMonth; // 'stop#2026-11'
 */
export function indexKeysOf(record: AuditRecord): Record<string, string> {
  const month = monthOf(record.at);
  return {
    [AT_KEY]: `${record.at}#${record.chain}#${String(record.seq).padStart(10, '0')}`,
    ...(record.region && record.instanceId
      ? { instanceKey: instanceKey({ region: record.region, id: record.instanceId }) }
      : {}),
    actorSub: record.actor.sub,
    ...(record.team ? { teamKey: record.team } : {}),
    actionMonth: `${record.action}#${month}`,
    outcomeMonth: `${record.outcome}#${month}`,
    month,
  };
}
