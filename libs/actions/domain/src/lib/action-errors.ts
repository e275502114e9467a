// Shaped by Middy's convention (`statusCode` + `expose` + `code`), so the Lambda kit answers
// them as `{ code, message }` without this lib knowing about HTTP handlers.

/** `400 ReasonRequired`: terminate, or production instances, without a reason. Not an attempt. */
export class ReasonRequiredError extends Error {
  readonly statusCode = 400;
  readonly expose = true;
  readonly code = 'ReasonRequired';
  constructor(message: string) {
    super(message);
    this.name = 'ReasonRequiredError';
  }
}

/**
 * `503 AuditUnavailable`: the attempt could not be written to the audit trail, so nothing was
 * done. Safe to retry.
 */
export class AuditUnavailableError extends Error {
  readonly statusCode = 503;
  readonly expose = true;
  readonly code = 'AuditUnavailable';
  constructor() {
    super(
      'The audit trail cannot be written right now, so nothing was done. Retry in a few seconds.',
    );
    this.name = 'AuditUnavailableError';
  }
}

/** `400 UnknownRegion`: a target in a region this deployment does not manage. Not an attempt. */
export class UnknownRegionError extends Error {
  readonly statusCode = 400;
  readonly expose = true;
  readonly code = 'UnknownRegion';
  constructor(regions: readonly string[], managed: readonly string[]) {
    super(`Not a managed region: ${regions.join(', ')}. Managed regions: ${managed.join(', ')}.`);
    this.name = 'UnknownRegionError';
  }
}
