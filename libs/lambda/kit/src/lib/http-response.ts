const HTTP_RESPONSE = Symbol('httpResponse');

/** A business result answered with a status of its own instead of `200`. */
export interface HttpResponse<B = unknown> {
  readonly [HTTP_RESPONSE]: true;
  readonly statusCode: number;
  readonly body: B;
  /** Headers of this answer besides the kit's own (e.g. `Retry-After` on a partly throttled result). */
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * Answers with another status than `200` — a result, not an error: it passes through every
 * `after` middleware (an idempotency store saves it like any answer).
 *
 * @example
 * return httpResponse(409, { code: 'InstanceProtected', message, requestId });
 */
export function httpResponse<B>(
  statusCode: number,
  body: B,
  headers?: Readonly<Record<string, string>>,
): HttpResponse<B> {
  return { [HTTP_RESPONSE]: true, statusCode, body, ...(headers ? { headers } : {}) };
}

/**
 * Whether a business result is an `httpResponse(…)`.
 *
 * @example
 * isHttpResponse(httpResponse(409, {})); // true
 */
export function isHttpResponse(value: unknown): value is HttpResponse {
  return typeof value === 'object' && value !== null && HTTP_RESPONSE in value;
}
