import type { AwsServiceHandler } from '../service-handler';

// Hop-by-hop and length headers belong to each connection, not to the call.
const NOT_FORWARDED = new Set([
  'host',
  'connection',
  'content-length',
  'content-encoding',
  'transfer-encoding',
  'keep-alive',
]);

/**
 * A service that passes every call on, unchanged, to another endpoint (a local DynamoDB, say) and
 * hands its answer back. The router counts, logs and injects faults before it, so a test can
 * make that service unavailable like an emulated one. Signatures pass through untouched: the
 * target sees the caller's own.
 *
 * @example
 * const dynamodb = createForwardingService('http://127.0.0.1:4567');
 */
export function createForwardingService(target: string): AwsServiceHandler {
  return async (request) => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers)) {
      if (value === undefined || NOT_FORWARDED.has(name.toLowerCase())) continue;
      headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const response = await fetch(target, { method: 'POST', headers, body: request.body });
    const answer: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      if (!NOT_FORWARDED.has(name)) answer[name] = value;
    });
    return { status: response.status, headers: answer, body: await response.text() };
  };
}
