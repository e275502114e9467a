import type { AuditActor, InstanceAction, InstanceRef } from '@fleet/contract';
import type { ActionOptions } from './action-options';

/** Who asks, within which scope, and where the request came from: what the audit record keeps. */
export interface ActionContext {
  readonly actor: AuditActor;
  /** The caller's teams; `undefined` for the whole fleet (admins). */
  readonly scope: readonly string[] | undefined;
  /** The tag naming an instance's team. */
  readonly teamTag: string;
  /** The regions this deployment manages. */
  readonly managedRegions: readonly string[];
  readonly requestId: string;
  readonly traceId: string;
  readonly sourceIp: string | null;
  readonly userAgent: string | null;
}

/** One action request, validated. */
export interface ActionCommand {
  readonly action: InstanceAction;
  readonly targets: readonly InstanceRef[];
  /** One instance named as `{ region, id }`: a refusal answers `409`. */
  readonly single: boolean;
  readonly reason: string | undefined;
  readonly options: ActionOptions;
}

/**
 * Reads the targets of an action body: one `{ region, id }` or a list of `instances`.
 *
 * @example
 * targetsOf({ region: 'eu-west-1', id: 'i-0123456789abcdef0' }); // { single: true, targets: [{ region, id }] }
 */
export function targetsOf(body: {
  readonly region?: string;
  readonly id?: string;
  readonly instances?: readonly InstanceRef[];
}): { single: boolean; targets: InstanceRef[] } {
  if (body.instances) return { single: false, targets: [...body.instances] };
  return { single: true, targets: [{ region: body.region ?? '', id: body.id ?? '' }] };
}
