/** The key last sent and the request body it was sent with. */
export interface SentKey {
  body: string;
  key: string;
}

/**
 * The `Idempotency-Key` for a request: the previous one when the body is the same (a double
 * click or a retry must not act twice), a new one when it changed (the API would answer `422`
 * to a reused key with another body).
 *
 * @example
 * keyFor({ body: 'a', key: 'k1' }, 'a', () => 'k2'); // { body: 'a', key: 'k1' }
 */
export function keyFor(previous: SentKey | null, body: string, newKey: () => string): SentKey {
  return previous?.body === body ? previous : { body, key: newKey() };
}
