'use strict';
/**
 * Local only: API Gateway's authorizer cache, which serverless-offline does not have. On AWS a
 * TOKEN authorizer's policy is cached per token for `resultTtlInSeconds` (serverless.yml:
 * custom.authorizer), and requests with that token within the TTL never invoke the authorizer;
 * serverless-offline invokes it on every request. The launcher starts serverless-offline with
 * `--require` of this file and `AUTHORIZER_RESULT_TTL_SECONDS` set to the configured TTL.
 *
 * In serverless-offline's main thread, it sits where an invocation is handed to a function's
 * worker thread (`Worker#postMessage({ event, context, port })`): a TOKEN authorizer event whose
 * token has a cached policy is answered with that policy at once, and any other is passed on, its
 * answer cached when it is a policy. Caching as API Gateway does, and no more loosely:
 * - the key is the whole token (the identity source), so a changed, forged or different token is
 *   never served another's policy;
 * - only policies are cached; a refused token (the authorizer throws `Unauthorized`) is verified
 *   again on every request;
 * - an entry lives the TTL, and never past the token's own `exp`: locally an expired token is
 *   refused from its expiry on, where API Gateway would still serve its cached policy until the
 *   TTL ends;
 * - serverless-offline still checks the cached policy against each request's method ARN, as API
 *   Gateway does.
 * A cached request runs no authorizer, so its trace has no authorizer segment: as on AWS.
 */
const { isMainThread, MessageChannel, Worker } = require('node:worker_threads');

const ttlSeconds = Number(process.env.AUTHORIZER_RESULT_TTL_SECONDS ?? 0);

/** The token's `exp` in ms, or 0 when it has none readable (then nothing is cached). */
function expiryOf(token) {
  try {
    const payload = token.replace(/^Bearer\s+/i, '').split('.')[1] ?? '';
    const { exp } = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    return typeof exp === 'number' ? exp * 1000 : 0;
  } catch {
    return 0;
  }
}

function isPolicy(value) {
  return (
    value !== null &&
    typeof value === 'object' &&
    !(value instanceof Error) &&
    typeof value.principalId === 'string' &&
    typeof value.policyDocument === 'object'
  );
}

function tokenOf(message) {
  const event = message && typeof message === 'object' ? message.event : undefined;
  if (!event || event.type !== 'TOKEN' || !message.port) return undefined;
  const token = event.authorizationToken;
  return typeof token === 'string' && token !== '' ? token : undefined;
}

function install() {
  /** token → { policy, until } */
  const cache = new Map();
  const post = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function postWithAuthorizerCache(message, transfer) {
    const token = tokenOf(message);
    if (token === undefined) return post.call(this, message, transfer);
    const now = Date.now();
    const hit = cache.get(token);
    if (hit && hit.until > now) {
      message.port.postMessage(hit.policy);
      return undefined;
    }
    cache.delete(token);
    // The authorizer answers on a port of ours; its answer is kept, then handed on unchanged.
    const { port1, port2 } = new MessageChannel();
    port1.once('message', (value) => {
      const until = Math.min(Date.now() + ttlSeconds * 1000, expiryOf(token));
      if (isPolicy(value) && until > Date.now()) cache.set(token, { policy: value, until });
      message.port.postMessage(value);
      port1.close();
    });
    return post.call(this, { ...message, port: port2 }, [port2]);
  };
}

if (isMainThread && ttlSeconds > 0) install();
