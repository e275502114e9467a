import { Ec2Error } from '../protocol/ec2-error';
import type { QueryParams } from '../protocol/query-params';

/** Page bounds of a paginated call. */
export interface PageRequest {
  /** `undefined`: everything from the start position. */
  readonly maxResults: number | undefined;
  /** Position (ordinal or index) from which the page starts. */
  readonly startAfter: number;
}

/** Tokens are opaque to clients; this one carries the position the next page starts from. */
export function encodeToken(position: number): string {
  return Buffer.from(`p:${position}`).toString('base64url');
}

function decodeToken(token: string): number {
  const match = /^p:(\d+)$/.exec(Buffer.from(token, 'base64url').toString());
  if (!match)
    throw new Ec2Error(
      'InvalidPaginationToken',
      'The specified pagination token is not valid or is expired.',
    );
  return Number(match[1]);
}

/** Reads and validates `MaxResults` (within EC2's bounds for the action) and `NextToken`. */
export function readPage(params: QueryParams, min: number, max: number): PageRequest {
  const raw = params.get('MaxResults');
  let maxResults: number | undefined;
  if (raw !== undefined) {
    maxResults = Number(raw);
    if (!Number.isInteger(maxResults) || maxResults < min || maxResults > max) {
      throw new Ec2Error(
        'InvalidParameterValue',
        `Value ( ${raw} ) for parameter maxResults is invalid. Expecting a value between ${min} and ${max}.`,
      );
    }
  }
  const token = params.get('NextToken');
  return { maxResults, startAfter: token ? decodeToken(token) : 0 };
}
