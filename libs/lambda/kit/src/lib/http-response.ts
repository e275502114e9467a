const HTTP_RESPONSE = Symbol('httpResponse');

/** A business result answered with a status of its own instead of `200`. */
export interface HttpResponse<B = unknown> {
  readonly [HTTP_RESPONSE]: true;
  readonly statusCode: number;
  readonly body: B;
}

/**
 * Answers with another status than `200` — a result, not an error: it passes through every
 * `after` middleware (an idempotency store saves it like any answer).
 *
 * @example
 * return httpResponse(409, { code: 'InstanceProtected', message, requestId });
 */
export function httpResponse<B>(statusCode: number, body: B): HttpResponse<B> {
  return { [HTTP_RESPONSE]: true, statusCode, body };
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
