import type { IncomingHttpHeaders } from 'node:http';

/** The region and service a request was signed for. */
export interface SigV4Scope {
  readonly region: string;
  readonly service: string;
}

const CREDENTIAL = /Credential=[^/,\s]+\/\d{8}\/([^/,\s]+)\/([^/,\s]+)\/aws4_request/;

/**
 * Reads the credential scope of a SigV4-signed request: `Authorization: AWS4-HMAC-SHA256
 * Credential=AKID/20261126/us-east-1/ec2/aws4_request, …`, or `X-Amz-Credential` of a presigned
 * URL. The signature itself is not checked: any credentials are accepted locally.
 */
export function sigV4ScopeOf(headers: IncomingHttpHeaders, url: string): SigV4Scope | undefined {
  const authorization = headers.authorization;
  const fromHeader = typeof authorization === 'string' ? CREDENTIAL.exec(authorization) : null;
  if (fromHeader) return { region: fromHeader[1] as string, service: fromHeader[2] as string };
  const query = url.indexOf('?');
  if (query < 0) return undefined;
  const credential = new URLSearchParams(url.slice(query + 1)).get('X-Amz-Credential');
  const fromQuery = credential ? CREDENTIAL.exec(`Credential=${credential}`) : null;
  return fromQuery
    ? { region: fromQuery[1] as string, service: fromQuery[2] as string }
    : undefined;
}
