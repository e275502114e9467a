import type { AuditFinding, AuditRecord } from '@fleet/contract';
import { GENESIS_HASH, hashOf } from './record-hash';

/** A chain's head as sealed in the anchor store, which the trail's writers cannot write. */
export interface ChainAnchor {
  readonly chain: string;
  readonly seq: number;
  readonly hash: string;
}

/** What verifying one chain found, and its head if it verified clean. */
export interface ChainVerification {
  readonly chain: string;
  readonly records: number;
  readonly findings: AuditFinding[];
  /** The last record, when the chain is clean: what may be anchored next. */
  readonly head: ChainAnchor | undefined;
}

function finding(
  chain: string,
  seq: number | null,
  kind: AuditFinding['kind'],
  message: string,
): AuditFinding {
  return { chain, seq, kind, message };
}

async function linkFindings(
  chain: string,
  records: readonly AuditRecord[],
): Promise<AuditFinding[]> {
  const findings: AuditFinding[] = [];
  const hashes = new Set(records.map((record) => record.hash));
  let previous: AuditRecord | undefined;
  for (const [index, record] of records.entries()) {
    const expectedSeq = (previous?.seq ?? 0) + 1;
    if (record.chain !== chain) {
      findings.push(
        finding(chain, record.seq, 'inserted', `record ${record.seq} claims chain ${record.chain}`),
      );
    }
    if (record.seq > expectedSeq) {
      findings.push(
        finding(
          chain,
          expectedSeq,
          'missing',
          `records ${expectedSeq}–${record.seq - 1} are missing (deleted)`,
        ),
      );
    }
    if ((await hashOf(record)) !== record.hash) {
      findings.push(
        finding(
          chain,
          record.seq,
          'edited',
          `record ${record.seq} does not match its hash: it was edited`,
        ),
      );
    }
    const expectedPrev = index === 0 && record.seq === 1 ? GENESIS_HASH : previous?.hash;
    if (
      expectedPrev !== undefined &&
      record.prevHash !== expectedPrev &&
      record.seq === expectedSeq
    ) {
      const kind = hashes.has(record.prevHash) ? 'reordered' : 'inserted';
      findings.push(
        finding(
          chain,
          record.seq,
          kind,
          `record ${record.seq} does not link to record ${record.seq - 1}`,
        ),
      );
    }
    previous = record;
  }
  return findings;
}

function anchorFindings(
  chain: string,
  records: readonly AuditRecord[],
  anchor: ChainAnchor | undefined,
): AuditFinding[] {
  if (!anchor) return [];
  if (records.length === 0)
    return [
      finding(
        chain,
        null,
        'chain-missing',
        `the chain was anchored at ${anchor.seq} but holds no record`,
      ),
    ];
  const last = records[records.length - 1] as AuditRecord;
  if (last.seq < anchor.seq) {
    return [
      finding(
        chain,
        anchor.seq,
        'truncated',
        `the chain ends at ${last.seq} but was anchored at ${anchor.seq}: its newest records were deleted`,
      ),
    ];
  }
  const anchored = records.find((record) => record.seq === anchor.seq);
  if (!anchored || anchored.hash !== anchor.hash) {
    return [
      finding(
        chain,
        anchor.seq,
        'anchor-mismatch',
        `record ${anchor.seq} is not the record that was anchored: the chain was rewritten`,
      ),
    ];
  }
  return [];
}

/**
 * Verifies one hash chain: contiguous seqs from 1 (a gap is a deletion), every record matching
 * its hash (else edited), every record linking to its predecessor (else inserted or reordered),
 * and the anchored head still present and unchanged (else the newest records were deleted or the
 * chain was rewritten wholesale). `records` in any order.
 *
 * @example
 * const { findings, head } = await verifyChain('us-east-1/i-0123456789abcdef0', records, anchor);
 */
export async function verifyChain(
  chain: string,
  records: readonly AuditRecord[],
  anchor: ChainAnchor | undefined,
): Promise<ChainVerification> {
  const sorted = [...records].sort((a, b) => a.seq - b.seq);
  const findings = [
    ...(await linkFindings(chain, sorted)),
    ...anchorFindings(chain, sorted, anchor),
  ];
  const last = sorted[sorted.length - 1];
  const head =
    findings.length === 0 && last ? { chain, seq: last.seq, hash: last.hash } : undefined;
  return { chain, records: sorted.length, findings, head };
}
