import type { ListInstancesQuery } from '@fleet/contract';
import { InvalidRequestError } from '@fleet/fleet';
import type { OrderKey } from './instance-order';

/**
 * What a cursor holds: the position of the last row sent (keyset paging, so rows that appear or
 * vanish between pages never shift the next page) and a fingerprint of the query it belongs to.
 */
export interface InstanceCursor {
  readonly after: OrderKey;
  readonly query: string;
}

const VERSION = 1;

// FNV-1a: a short, stable fingerprint; collisions only weaken a sanity check, never paging.
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/** Fingerprint of everything that decides which rows a list holds and in which order. */
export function queryFingerprint(query: ListInstancesQuery): string {
  const sorted = (values: readonly string[] | undefined): string[] => [...(values ?? [])].sort();
  return fnv1a(
    JSON.stringify([
      sorted(query.region),
      sorted(query.state),
      sorted(query.type),
      sorted(query.tag?.map((tag) => `${tag.key}=${tag.value}`)),
      (query.q ?? '').trim().toLowerCase(),
      query.sort,
    ]),
  );
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(encoded: string): string {
  const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
}

/** An opaque cursor for the row after which the next page starts. */
export function encodeCursor(cursor: InstanceCursor): string {
  return toBase64Url(JSON.stringify([VERSION, cursor.query, cursor.after]));
}

function isOrderKey(value: unknown): value is OrderKey {
  return (
    Array.isArray(value) &&
    value.length === 3 &&
    (typeof value[0] === 'string' || typeof value[0] === 'number') &&
    typeof value[1] === 'string' &&
    typeof value[2] === 'string'
  );
}

/**
 * Reads a cursor back, refusing one that is damaged or belongs to another query (other filters
 * or sort): following it would silently skip or repeat rows.
 */
export function decodeCursor(encoded: string, query: ListInstancesQuery): InstanceCursor {
  let decoded: unknown;
  try {
    decoded = JSON.parse(fromBase64Url(encoded));
  } catch {
    throw new InvalidRequestError(
      'InvalidCursor',
      'The cursor is damaged; start again without it.',
    );
  }
  if (!Array.isArray(decoded) || decoded[0] !== VERSION || !isOrderKey(decoded[2])) {
    throw new InvalidRequestError(
      'InvalidCursor',
      'The cursor is damaged; start again without it.',
    );
  }
  const fingerprint = queryFingerprint(query);
  if (decoded[1] !== fingerprint) {
    throw new InvalidRequestError(
      'InvalidCursor',
      'The cursor belongs to other filters or another sort; start again without it.',
    );
  }
  return { after: decoded[2], query: fingerprint };
}
