import { InvalidAuditQueryError } from './invalid-audit-query-error';
import { instanceKey } from '@fleet/fleet';

/**
 * The chain `POST /audit/verify` checks: one instance's (`<region>/<id>`) or, with neither
 * region nor instance, every chain (`undefined`). One without the other is `400`.
 *
 * @example
 * verifyTargetOf({ region: 'eu-west-1', instance: 'i-0123456789abcdef0' }); // 'eu-west-1/i-0123456789abcdef0'
 */
export function verifyTargetOf(query: {
  readonly region?: string;
  readonly instance?: string;
}): string | undefined {
  if (!query.region !== !query.instance)
    throw new InvalidAuditQueryError(
      'ValidationError',
      'Give both region and instance, or neither.',
    );
  return query.region && query.instance
    ? instanceKey({ region: query.region, id: query.instance })
    : undefined;
}
