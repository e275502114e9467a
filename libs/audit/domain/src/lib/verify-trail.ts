import type { AuditRecord, AuditVerification } from '@fleet/contract';
import { verifyChain, type ChainAnchor } from './verify-chain';

/** A whole verification: the report, and the clean heads that may be anchored. */
export interface TrailVerification {
  readonly report: Omit<AuditVerification, 'chainsAnchored'>;
  readonly cleanHeads: ChainAnchor[];
}

/**
 * Verifies every chain that has records or an anchor (a chain whose records are all gone is
 * known only by its anchor).
 *
 * @example
 * const { report, cleanHeads } = await verifyTrail(chains, anchors);
 */
export async function verifyTrail(
  chains: ReadonlyMap<string, readonly AuditRecord[]>,
  anchors: ReadonlyMap<string, ChainAnchor>,
): Promise<TrailVerification> {
  const names = [...new Set([...chains.keys(), ...anchors.keys()])].sort();
  const results = await Promise.all(
    names.map((chain) => verifyChain(chain, chains.get(chain) ?? [], anchors.get(chain))),
  );
  const findings = results.flatMap((result) => result.findings);
  return {
    report: {
      ok: findings.length === 0,
      chainsChecked: results.length,
      recordsChecked: results.reduce((sum, result) => sum + result.records, 0),
      findings,
    },
    cleanHeads: results.flatMap((result) => (result.head ? [result.head] : [])),
  };
}
