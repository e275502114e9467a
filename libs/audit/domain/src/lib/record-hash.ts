import type { AuditEntry, AuditRecord } from '@fleet/contract';
import { canonicalJson } from './canonical-json';
import { instanceKey } from '@fleet/fleet';

/** The `prevHash` of a chain's first record. */
export const GENESIS_HASH = '0'.repeat(64);

/** Where a record sits in its chain; with the entry, everything the hash covers. */
export interface ChainPosition {
  readonly chain: string;
  readonly seq: number;
  readonly at: string;
  readonly prevHash: string;
}

const HASHED_OUT = new Set(['id', 'hash']);

/**
 * The content a record's hash covers: every field but `id` (derived) and `hash` itself.
 *
 * @example
 * canonicalJson(hashedContentOf(record)); // what SHA-256 is taken of
 */
export function hashedContentOf(
  record: AuditRecord | (AuditEntry & ChainPosition),
): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([key]) => !HASHED_OUT.has(key)));
}

async function sha256Hex(text: string): Promise<string> {
  // WebCrypto: the same in Lambda, Node and browsers, so this lib stays free of Node built-ins.
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * SHA-256 (hex) of a record's canonical content, its chain, seq, time and `prevHash` included:
 * editing any field, moving the record to another seq or relinking it changes the hash.
 *
 * @example
 * await hashOf(record) === record.hash; // true for an untouched record
 */
export function hashOf(record: AuditRecord | (AuditEntry & ChainPosition)): Promise<string> {
  return sha256Hex(canonicalJson(hashedContentOf(record)));
}

/**
 * The record an entry becomes at a position of its chain, hash included.
 *
 * @example
 * const first = await sealRecord(entry, { chain: 'us-east-1/i-0123456789abcdef0', seq: 1, at, prevHash: GENESIS_HASH });
 */
export async function sealRecord(entry: AuditEntry, position: ChainPosition): Promise<AuditRecord> {
  const content = { ...entry, ...position };
  return { id: `${position.chain}/${position.seq}`, ...content, hash: await hashOf(content) };
}

/**
 * The chain an entry belongs to: one per instance (`<region>/<id>`), so appends on different
 * instances never contend; a denied request naming no instance goes to its actor's chain.
 *
 * @example
 * chainOf({ region: 'eu-west-1', instanceId: 'i-0123456789abcdef0', actor }); // 'eu-west-1/i-0123456789abcdef0'
 */
export function chainOf(entry: Pick<AuditEntry, 'region' | 'instanceId' | 'actor'>): string {
  return entry.region && entry.instanceId
    ? instanceKey({ region: entry.region, id: entry.instanceId })
    : `actor/${entry.actor.sub}`;
}
