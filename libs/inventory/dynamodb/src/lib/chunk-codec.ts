import { gunzipSync, gzipSync } from 'node:zlib';
import type { InventoryEntry } from '@fleet/inventory-domain';

/** DynamoDB's item limit is 400 KB; a chunk stays well below it (key and attributes included). */
export const MAX_CHUNK_BYTES = 380_000;

/**
 * A chunk's entries as one gzipped JSON document: the list model compresses about tenfold, so a
 * thousand instances fit one item and a region loads with few reads.
 *
 * @example
 * const body = encodeChunk(entries); // Uint8Array, stored as a DynamoDB binary attribute
 */
export function encodeChunk(entries: readonly InventoryEntry[]): Uint8Array {
  const body = gzipSync(JSON.stringify(entries));
  if (body.byteLength > MAX_CHUNK_BYTES)
    throw new Error(
      `inventory chunk of ${body.byteLength} bytes is too large; re-sync to re-chunk`,
    );
  return body;
}

/**
 * The entries of a stored chunk; an absent chunk holds none.
 *
 * @example
 * const entries = decodeChunk(item?.body);
 */
export function decodeChunk(body: Uint8Array | undefined): InventoryEntry[] {
  if (!body) return [];
  return JSON.parse(gunzipSync(body).toString('utf8')) as InventoryEntry[];
}
