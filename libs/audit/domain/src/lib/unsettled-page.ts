import type { AuditEntry, AuditRecord, UnsettledPage } from '@fleet/contract';

/** An open claim as the store reads it: the claim, and its attempt record if one was written. */
export interface ClaimedAttempt {
  readonly claim: {
    readonly chain: string;
    readonly requestId: string;
    readonly claimedAt: string;
    readonly entry: AuditEntry;
  };
  readonly attempt: AuditRecord | undefined;
}

/**
 * `GET /audit/unsettled`'s answer: the open claims at least `minAgeSeconds` old, oldest first,
 * each with its age and, when written, its attempt record.
 *
 * @example
 * unsettledPageOf(await unsettledAttempts(tables), 120, new Date()).items[0]?.ageSeconds; // ≥ 120
 */
export function unsettledPageOf(
  open: readonly ClaimedAttempt[],
  minAgeSeconds: number,
  now: Date,
): UnsettledPage {
  const items = open.map(({ claim, attempt }) => ({
    attempt: attempt ?? null,
    claim: {
      chain: claim.chain,
      requestId: claim.requestId,
      claimedAt: claim.claimedAt,
      action: claim.entry.action,
      region: claim.entry.region,
      instanceId: claim.entry.instanceId,
      actorEmail: claim.entry.actor.email,
    },
    ageSeconds: Math.max(0, Math.floor((now.getTime() - Date.parse(claim.claimedAt)) / 1000)),
  }));
  return {
    items: items
      .filter((item) => item.ageSeconds >= minAgeSeconds)
      .sort((a, b) => (a.claim.claimedAt < b.claim.claimedAt ? -1 : 1)),
  };
}
