import type { IncomingHttpHeaders } from 'node:http';

/** One AWS API call as the emulator's router hands it to a service. */
export interface AwsRequest {
  /** Region from the SigV4 credential scope (`Credential=AKID/date/REGION/service/aws4_request`). */
  readonly region: string;
  /** Service from the SigV4 credential scope: `ec2`, `monitoring`. */
  readonly service: string;
  /** The request path without its query (REST protocols route by it, e.g. X-Ray's `/TraceSummaries`). */
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  /** The raw request body (form-encoded for query protocols, JSON for AWS JSON protocols). */
  readonly body: string;
}

/** What a service answers; the router writes it as is. */
export interface AwsResponse {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

/** A service emulator: one function from request to response. */
export type AwsServiceHandler = (request: AwsRequest) => Promise<AwsResponse>;
