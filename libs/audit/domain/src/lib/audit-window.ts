import type { ListAuditQuery } from '@fleet/contract';
import { InvalidAuditQueryError } from './invalid-audit-query-error';

/** The time window of an audit query, in the form record times are stored in. */
export interface AuditWindow {
  /** Inclusive; `undefined` reads back the default look-back. */
  readonly from: string | undefined;
  /** Inclusive; `now` when the query gives none. */
  readonly to: string;
}

// Records store `at` as Date.toISOString() (milliseconds, `Z`); bounds are compared with them as
// strings, so `…T10:00:00Z` must become `…T10:00:00.000Z` or it would sort after `…T10:00:00.5Z`.
const normalised = (iso: string): string => new Date(iso).toISOString();

/**
 * The window `GET /audit` reads: `from` and `to` normalised, `to` defaulting to now. A window
 * whose lower bound lies after its upper one (`from` after `to`, or `from` in the future with no
 * `to`) is `400 InvalidTimeRange`; a window that merely holds nothing is fine.
 *
 * @example
 * auditWindowOf({ from: '2026-11-01T00:00:00Z', limit: 50 }, '2026-11-26T00:00:00.000Z');
 * // { from: '2026-11-01T00:00:00.000Z', to: '2026-11-26T00:00:00.000Z' }
 */
export function auditWindowOf(
  query: Pick<ListAuditQuery, 'from' | 'to'>,
  now: string,
): AuditWindow {
  const to = normalised(query.to ?? now);
  const from = query.from === undefined ? undefined : normalised(query.from);
  if (from !== undefined && from > to) {
    throw new InvalidAuditQueryError(
      'InvalidTimeRange',
      query.to === undefined
        ? '`from` lies in the future: give a `from` before now.'
        : '`from` lies after `to`: give a `from` at or before `to`.',
    );
  }
  return { from, to };
}
