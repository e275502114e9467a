import type { AuditRecord, AuditVerification } from '@fleet/contract';
import { verifyTrail, type ChainAnchor } from '@fleet/audit-domain';
import { readAnchor, readAnchors, writeAnchor } from './anchor-store';
import { readAllChains, readChain } from './audit-reader';
import type { AuditTables } from './audit-tables';

/** What to verify, and whether to seal clean heads. */
export interface VerifyOptions {
  /** One chain (`<region>/<instance id>`); every chain when absent. */
  readonly chain?: string;
  /** Anchor the head of every chain that verified clean (the verifier's role only). */
  readonly anchor: boolean;
}

/**
 * Reads the records and anchors, verifies every chain (`@fleet/audit-domain`) and, if asked,
 * anchors the clean heads. The same code behind `POST /audit/verify`, its schedule and the
 * command line.
 *
 * @example
 * const report = await verifyAuditTrail(auditTablesFromEnv(), { anchor: true });
 */
export async function verifyAuditTrail(
  tables: AuditTables,
  options: VerifyOptions,
): Promise<AuditVerification> {
  let chains: Map<string, AuditRecord[]>;
  let anchors: Map<string, ChainAnchor>;
  if (options.chain) {
    const [records, anchor] = await Promise.all([
      readChain(tables.records, options.chain),
      readAnchor(tables.anchors, options.chain),
    ]);
    chains = new Map(records.length > 0 ? [[options.chain, records]] : []);
    anchors = new Map(anchor ? [[options.chain, anchor]] : []);
  } else {
    [chains, anchors] = await Promise.all([
      readAllChains(tables.records),
      readAnchors(tables.anchors),
    ]);
  }
  const { report, cleanHeads } = await verifyTrail(chains, anchors);
  const toAnchor = options.anchor
    ? cleanHeads.filter((head) => anchors.get(head.chain)?.seq !== head.seq)
    : [];
  await Promise.all(toAnchor.map((head) => writeAnchor(tables.anchors, head)));
  return { ...report, chainsAnchored: toAnchor.length };
}
