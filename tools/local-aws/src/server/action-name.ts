import type { IncomingHttpHeaders } from 'node:http';

/**
 * The API action of a call, whatever its protocol: `X-Amz-Target: Service.Action` (AWS JSON),
 * `…/operation/Action` (Smithy RPC v2 CBOR) or the `Action` form field (query protocols). Used to
 * count, log and inject faults before the service itself parses the request.
 */
export function actionNameOf(headers: IncomingHttpHeaders, url: string, body: string): string {
  const target = headers['x-amz-target'];
  if (typeof target === 'string' && target.includes('.'))
    return target.slice(target.lastIndexOf('.') + 1);
  const rpc = /\/operation\/([A-Za-z0-9]+)/.exec(url);
  if (rpc) return rpc[1] as string;
  const form = /(?:^|&)Action=([^&]*)/.exec(body);
  if (form) return decodeURIComponent(form[1] as string);
  // REST protocols (X-Ray): the operation is the path, e.g. POST /TraceSummaries.
  const rest = /^\/([A-Za-z]+)(?:\?|$)/.exec(url);
  return rest ? (rest[1] as string) : 'Unknown';
}
