import {
  PERMISSION_ACTIONS,
  can,
  fromAuthorizerContext,
  type Permission,
  type Principal,
} from '@fleet/access';
import type { MiddlewareObj, Request } from '@middy/core';
import type { APIGatewayProxyEvent } from 'aws-lambda';
import { HttpError } from '../http-error';
import { logger } from '../observability';

// Handed to the handler on the invocation's context (per invocation, never in the closure).
const PRINCIPAL = Symbol('principal');

/** The caller `authorizeCaller` admitted for this invocation. */
export function principalOf(context: object): Principal {
  const principal = (context as { [PRINCIPAL]?: Principal })[PRINCIPAL];
  if (!principal) throw new Error('authorizeCaller() did not run before the handler');
  return principal;
}

/** What a function does with a caller refused by role, before the `403` is sent. */
export type ForbiddenHook = (principal: Principal, event: APIGatewayProxyEvent) => Promise<void>;

async function runForbiddenHook(
  hook: ForbiddenHook,
  principal: Principal,
  event: APIGatewayProxyEvent,
): Promise<void> {
  try {
    await hook(principal, event);
  } catch (error) {
    // The refusal stands whatever happens to the hook.
    logger.error('forbidden hook failed', { error: error as Error });
  }
}

/**
 * Admits only callers the API's Lambda authorizer verified and whose roles hold the function's
 * permission: `401` without a principal (defence in depth; the authorizer answers first),
 * `403 Forbidden` naming what the role may not do (after `onForbidden`, if given, has run). Both
 * are logged with the reason, never a token.
 */
export function authorizeCaller(
  permission: Permission,
  onForbidden?: ForbiddenHook,
): MiddlewareObj<APIGatewayProxyEvent> {
  const before = async (request: Request<APIGatewayProxyEvent>): Promise<void> => {
    const principal = fromAuthorizerContext(request.event.requestContext?.authorizer);
    if (!principal) {
      throw new HttpError(401, 'Unauthorized', 'Sign in to use the fleet console.');
    }
    logger.appendKeys({ caller: principal.sub });
    if (!can(principal, permission)) {
      if (onForbidden) await runForbiddenHook(onForbidden, principal, request.event);
      const roles = principal.roles.length > 0 ? principal.roles.join(', ') : 'no role';
      throw new HttpError(
        403,
        'Forbidden',
        `Your role (${roles}) may not ${PERMISSION_ACTIONS[permission]}.`,
      );
    }
    Object.assign(request.context, { [PRINCIPAL]: principal });
  };
  return { before };
}
