import { inTeamScope } from '@fleet/fleet';
import type { Principal } from './principal';

/**
 * The teams whose instances a caller may see and act on: `undefined` for admins and SREs (the
 * whole fleet; SREs hold no action permission, so for them it is read-only), otherwise their
 * teams — possibly none, which means no instance at all.
 */
export function teamScopeOf(principal: Principal): readonly string[] | undefined {
  return principal.roles.includes('admins') || principal.roles.includes('sres')
    ? undefined
    : principal.teams;
}

/**
 * Whether an instance with this `Team` tag is within the caller's scope. Outside it, an instance
 * is answered as not found, so its existence is never revealed.
 */
export function isInTeamScope(principal: Principal, team: string | undefined): boolean {
  return inTeamScope(teamScopeOf(principal), team);
}
