// Shaped by Middy's convention (`statusCode` + `expose` + `code`), so the Lambda kit answers them
// as `{ code, message }` without a domain lib knowing about HTTP handlers.

/** A request the caller can fix, or must be told is impossible: the family's common shape. */
export abstract class FleetRequestError extends Error {
  abstract readonly statusCode: number;
  readonly expose = true;

  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/**
 * `400`: a request that breaks a rule the caller can fix (an unknown region, a damaged cursor, a
 * missing reason).
 *
 * @example
 * throw new InvalidRequestError('UnknownRegion', 'Not a managed region: sa-east-1.');
 */
export class InvalidRequestError extends FleetRequestError {
  readonly statusCode = 400;
}

/**
 * `404`: something that does not exist, or that the caller may not know exists (out of scope
 * reads the same as absent).
 *
 * @example
 * throw new NotFoundError('InstanceNotFound', 'No instance i-0123456789abcdef0 in eu-west-1.');
 */
export class NotFoundError extends FleetRequestError {
  readonly statusCode = 404;
}

/**
 * `404 InstanceNotFound` for an instance that is absent or outside the caller's teams: both read
 * the same, so a caller learns nothing of instances it may not see.
 *
 * @example
 * if (!instance || !inTeamScope(scope, teamOf(instance))) throw instanceNotFound(ref);
 */
export function instanceNotFound(ref: {
  readonly region: string;
  readonly id: string;
}): NotFoundError {
  return new NotFoundError('InstanceNotFound', `No instance ${ref.id} in ${ref.region}.`);
}
