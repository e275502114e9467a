/**
 * `400` for a query the caller can fix (a damaged cursor, an instance without its region).
 *
 * @example
 * throw new InvalidAuditQueryError('InvalidCursor', 'The cursor is damaged; start again without it.');
 */
export class InvalidAuditQueryError extends Error {
  readonly statusCode = 400;
  readonly expose = true;
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'InvalidAuditQueryError';
  }
}
