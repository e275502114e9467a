import type { AuditEntry, AuditRecord } from '@fleet/contract';
import { GENESIS_HASH, hashOf, sealRecord } from './record-hash';
import { verifyChain } from './verify-chain';

const CHAIN = 'us-east-1/i-0123456789abcdef0';

function entry(outcome: AuditEntry['outcome'], overrides: Partial<AuditEntry> = {}): AuditEntry {
  return {
    kind: outcome === 'pending' ? 'attempt' : 'outcome',
    action: 'stop',
    region: 'us-east-1',
    instanceId: 'i-0123456789abcdef0',
    team: 'payments',
    actor: { sub: 'sub-1', email: 'op@example.com', roles: ['operators'] },
    reason: null,
    options: null,
    requestId: 'req-1',
    traceId: 'req-1',
    sourceIp: '127.0.0.1',
    userAgent: 'jest',
    stateBefore: 'running',
    stateAfter: null,
    outcome,
    detail: null,
    attemptSeq: null,
    ...overrides,
  };
}

async function chainOf(length: number): Promise<AuditRecord[]> {
  const records: AuditRecord[] = [];
  for (let seq = 1; seq <= length; seq++) {
    const prevHash = records[seq - 2]?.hash ?? GENESIS_HASH;
    records.push(
      await sealRecord(entry(seq % 2 ? 'pending' : 'succeeded'), {
        chain: CHAIN,
        seq,
        at: `2026-11-26T00:00:0${seq}.000Z`,
        prevHash,
      }),
    );
  }
  return records;
}

const kinds = (result: { findings: { kind: string }[] }): string[] =>
  result.findings.map((finding) => finding.kind);

describe('hash chain', () => {
  it('hashes the same content to the same value whatever the attribute order', async () => {
    const [record] = await chainOf(1);
    const shuffled = Object.fromEntries(
      Object.entries(record as AuditRecord).reverse(),
    ) as AuditRecord;

    expect(await hashOf(shuffled)).toBe(record?.hash);
  });

  it('links each record to the hash of the one before', async () => {
    const records = await chainOf(3);

    expect(records[0]?.prevHash).toBe(GENESIS_HASH);
    expect(records[2]?.prevHash).toBe(records[1]?.hash);
  });
});

describe('verifyChain', () => {
  it('finds nothing wrong with an untouched, anchored chain and answers its head', async () => {
    const records = await chainOf(4);
    const anchor = { chain: CHAIN, seq: 4, hash: records[3]?.hash as string };

    const result = await verifyChain(CHAIN, records, anchor);

    expect(result.findings).toEqual([]);
    expect(result.head).toEqual(anchor);
  });

  it('detects an edited record', async () => {
    const records = await chainOf(4);
    records[1] = {
      ...(records[1] as AuditRecord),
      actor: { sub: 'someone-else', email: 'x', roles: [] },
    };

    expect(kinds(await verifyChain(CHAIN, records, undefined))).toEqual(['edited']);
  });

  it('detects a deleted record in the middle', async () => {
    const records = await chainOf(4);

    expect(
      kinds(
        await verifyChain(CHAIN, [records[0], records[2], records[3]] as AuditRecord[], undefined),
      ),
    ).toEqual(['missing']);
  });

  it('detects deletion of the newest records through the anchor', async () => {
    const records = await chainOf(4);
    const anchor = { chain: CHAIN, seq: 4, hash: records[3]?.hash as string };

    expect(kinds(await verifyChain(CHAIN, records.slice(0, 2), anchor))).toEqual(['truncated']);
  });

  it('detects an inserted record, even one sealed with a valid hash', async () => {
    const records = await chainOf(3);
    const forged = await sealRecord(
      entry('succeeded', { actor: { sub: 'intruder', email: 'i', roles: [] } }),
      {
        chain: CHAIN,
        seq: 2,
        at: '2026-11-26T00:00:02.500Z',
        prevHash: records[0]?.hash as string,
      },
    );
    // Slide the originals up to make room: their seqs no longer match their hashes or links.
    const shifted = [
      records[0],
      forged,
      { ...(records[1] as AuditRecord), seq: 3 },
      { ...(records[2] as AuditRecord), seq: 4 },
    ] as AuditRecord[];

    const found = kinds(
      await verifyChain(CHAIN, shifted, { chain: CHAIN, seq: 3, hash: records[2]?.hash as string }),
    );

    expect(found).toContain('edited');
    expect(found).toContain('anchor-mismatch');
  });

  it('detects a foreign record appended that does not link to the chain', async () => {
    const records = await chainOf(2);
    const foreign = await sealRecord(entry('succeeded'), {
      chain: CHAIN,
      seq: 3,
      at: '2026-11-26T00:00:09.000Z',
      prevHash: 'f'.repeat(64),
    });

    expect(kinds(await verifyChain(CHAIN, [...records, foreign], undefined))).toEqual(['inserted']);
  });

  it('detects two records that swapped places', async () => {
    const records = await chainOf(4);
    const swapped = [
      records[0],
      { ...(records[2] as AuditRecord), seq: 2 },
      { ...(records[1] as AuditRecord), seq: 3 },
      records[3],
    ] as AuditRecord[];

    const found = kinds(await verifyChain(CHAIN, swapped, undefined));

    expect(found).toContain('edited');
    expect(found.some((kind) => kind === 'reordered' || kind === 'inserted')).toBe(true);
  });

  it('detects a chain rewritten wholesale with fresh hashes through the anchor', async () => {
    const records = await chainOf(2);
    const anchor = { chain: CHAIN, seq: 2, hash: records[1]?.hash as string };
    const first = await sealRecord(entry('pending', { reason: 'rewritten' }), {
      chain: CHAIN,
      seq: 1,
      at: records[0]?.at as string,
      prevHash: GENESIS_HASH,
    });
    const second = await sealRecord(entry('succeeded'), {
      chain: CHAIN,
      seq: 2,
      at: records[1]?.at as string,
      prevHash: first.hash,
    });

    expect(kinds(await verifyChain(CHAIN, [first, second], anchor))).toEqual(['anchor-mismatch']);
  });

  it('reports an anchored chain whose records are all gone', async () => {
    expect(
      kinds(await verifyChain(CHAIN, [], { chain: CHAIN, seq: 2, hash: 'a'.repeat(64) })),
    ).toEqual(['chain-missing']);
  });
});
