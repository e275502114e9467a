import { InvalidRequestError } from '@fleet/fleet';

/**
 * `400` for a query the caller can fix (a damaged cursor, an instance without its region): the
 * fleet's request error family, named for the audit queries that raise it.
 *
 * @example
 * throw new InvalidAuditQueryError('InvalidCursor', 'The cursor is damaged; start again without it.');
 */
export class InvalidAuditQueryError extends InvalidRequestError {}
