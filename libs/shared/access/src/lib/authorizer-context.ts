import { ROLES, type Role } from './permissions';
import type { Principal } from './principal';

/**
 * The principal as a Lambda authorizer passes it on: API Gateway allows string values only, and
 * caches the answer per token, so it must not depend on the route.
 */
export interface AuthorizerContext {
  readonly sub: string;
  readonly email: string;
  /** Comma-separated roles. */
  readonly roles: string;
  /** Comma-separated teams. */
  readonly teams: string;
}

export function toAuthorizerContext(principal: Principal): AuthorizerContext {
  return {
    sub: principal.sub,
    email: principal.email,
    roles: principal.roles.join(','),
    teams: principal.teams.join(','),
  };
}

function list(value: unknown): string[] {
  return typeof value === 'string' && value.length > 0 ? value.split(',') : [];
}

/** Reads the principal back from `event.requestContext.authorizer`; `undefined` if there is none. */
export function fromAuthorizerContext(
  context: Record<string, unknown> | null | undefined,
): Principal | undefined {
  if (!context || typeof context['sub'] !== 'string' || context['sub'].length === 0)
    return undefined;
  return {
    sub: context['sub'],
    email: typeof context['email'] === 'string' ? context['email'] : '',
    roles: list(context['roles']).filter((role): role is Role =>
      (ROLES as readonly string[]).includes(role),
    ),
    teams: list(context['teams']),
  };
}
