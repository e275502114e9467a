import segmentEmitter from 'aws-xray-sdk-core/dist/lib/segment_emitter.js';

/**
 * Makes the X-Ray SDK send every segment document through one kept UDP socket inside Lambda, as
 * it does everywhere else, instead of creating, binding and closing a socket for each send.
 *
 * Why: inside Lambda, aws-xray-sdk-core's start-up switches to temporary sockets; a traced
 * request sends one datagram per subsegment as each closes (the kit's `## handler`, one per AWS
 * call), so every invocation pays that churn several times: from a quarter to over half of what
 * the SDK costs a request, run to run, in `npm run bench -- xray-sdk-cost`. The kept socket is
 * the SDK's own default outside Lambda (EC2, ECS), and the Python and Java X-Ray SDKs keep one
 * inside Lambda too: it is unref'd, so it never holds a function's event loop open, and a datagram
 * socket has no connection to go stale while Lambda freezes the sandbox between invocations.
 *
 * Call it once the SDK has loaded (its Lambda start-up is what switches temporary sockets on) and
 * before anything is sent: `observability.ts` does, right after creating the Tracer.
 * `xray-emitter-socket.spec.ts` shows both, through a real socket, in a Lambda-like process.
 *
 * @example
 * export const tracer = new Tracer();
 * keepOneXRaySocket();
 */
export function keepOneXRaySocket(): void {
  segmentEmitter.useBatchingTemporarySocket = false;
}
