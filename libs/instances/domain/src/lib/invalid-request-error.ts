/**
 * A request that breaks a business rule the caller can fix (an unknown region, a cursor from
 * another query). Shaped by Middy's convention (`statusCode` + `expose`) so the Lambda kit
 * answers it as `400 { code, message }` without this lib knowing about HTTP handlers.
 */
export class InvalidRequestError extends Error {
  readonly statusCode = 400;
  readonly expose = true;

  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'InvalidRequestError';
  }
}
