/**
 * An error meant for the caller: its `statusCode`, `code` and `message` go into the response.
 * Follows Middy's convention (`statusCode` + `expose`), so any error shaped like it — from a
 * domain lib or a Middy middleware — is answered the same way without importing this class.
 */
export class HttpError extends Error {
  readonly expose = true;

  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    /** Headers the answer carries, e.g. `Retry-After` on a `409` the caller should retry. */
    readonly headers?: Readonly<Record<string, string>>,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** `400 ValidationError` (or another code) for input the caller can fix. */
export function badRequest(message: string, code = 'ValidationError'): HttpError {
  return new HttpError(400, code, message);
}

/** `404` for something that does not exist, or that the caller may not know exists. */
export function notFound(message: string, code = 'NotFound'): HttpError {
  return new HttpError(404, code, message);
}
