import { functionTimeoutSeconds, isOlderThan, reconcileCutoff } from '@fleet/audit-domain';
import { listOpenAttempts } from './open-attempts';

/**
 * How many attempts are open past the action functions' timeout plus a margin: no request can
 * settle them any more, so each is an action whose outcome is unknown until it is reconciled.
 * Younger claims belong to requests that may still be running and are not counted. One Query
 * per shard of the open-attempts table, nothing written.
 *
 * @example
 * const stuck = await countStaleAttempts('fleet-console-prod-audit-open', new Date());
 */
export async function countStaleAttempts(
  openAttemptsTable: string,
  now: Date,
  actionTimeoutSeconds = functionTimeoutSeconds(process.env.FUNCTION_TIMEOUT_SECONDS),
): Promise<number> {
  const cutoff = reconcileCutoff({ now, minAgeSeconds: 0, actionTimeoutSeconds });
  const open = await listOpenAttempts(openAttemptsTable);
  return open.filter((claim) => isOlderThan(claim.claimedAt, cutoff)).length;
}
