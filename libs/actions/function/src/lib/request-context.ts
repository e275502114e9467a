import { teamScopeOf, type Principal } from '@fleet/access';
import type { ActionContext } from '@fleet/actions-domain';
import { parseFleetRegions, TEAM_TAG } from '@fleet/fleet';
import type { APIGatewayProxyEvent } from 'aws-lambda';

/**
 * What an audit record keeps of the request: the actor, the caller's scope, request and trace
 * ids, source IP and user agent (from API Gateway's identity, which a client cannot forge).
 *
 * @example
 * const context = requestContextOf(principal, event, { requestId, traceId });
 */
export function requestContextOf(
  principal: Principal,
  event: APIGatewayProxyEvent,
  ids: { readonly requestId: string; readonly traceId: string },
): ActionContext {
  const identity = event.requestContext?.identity;
  return {
    actor: { sub: principal.sub, email: principal.email, roles: [...principal.roles] },
    scope: teamScopeOf(principal),
    teamTag: TEAM_TAG,
    managedRegions: parseFleetRegions(process.env.FLEET_REGIONS),
    requestId: ids.requestId,
    traceId: ids.traceId,
    sourceIp: identity?.sourceIp ?? null,
    userAgent: identity?.userAgent ?? event.headers?.['user-agent'] ?? null,
  };
}
