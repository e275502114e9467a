import * as z from 'zod/mini';
import { InstanceRefSchema } from './instance';
import { MAX_ACTION_TARGETS } from './limits';
import { InstanceStateSchema } from './primitives';

export { MAX_ACTION_TARGETS } from './limits';

/** What an operator can do to an instance; `protect` sets the protection flags (admins). */
export const INSTANCE_ACTIONS = [
  'start',
  'stop',
  'reboot',
  'terminate',
  'protect',
  // Tags other than `Team` (operators and admins); the `Team` tag (admins); the type, while stopped.
  'tag',
  'tag-team',
  'resize',
] as const;
export const InstanceActionSchema = z.enum(INSTANCE_ACTIONS);
export type InstanceAction = z.infer<typeof InstanceActionSchema>;

/** Why an action was written down: required for terminate and on `Environment=production`. */
export const ActionReasonSchema = z.string().check(z.trim(), z.minLength(1), z.maxLength(500));

/** The targets every action body names (one instance or a list), and its optional reason. */
export const actionTargets = {
  /** One instance (`region` + `id`): a refusal answers `409`. */
  region: z.optional(InstanceRefSchema.shape.region),
  id: z.optional(InstanceRefSchema.shape.id),
  /** Or up to 50 instances: always `200` with one result each. */
  instances: z.optional(
    z.array(InstanceRefSchema).check(
      z.minLength(1),
      z.maxLength(MAX_ACTION_TARGETS, `at most ${MAX_ACTION_TARGETS} instances`),
      z.refine(
        (refs) => new Set(refs.map((ref) => `${ref.region}/${ref.id}`)).size === refs.length,
        'an instance is named twice',
      ),
    ),
  ),
  reason: z.optional(ActionReasonSchema),
};

/** One instance (region and id) or a list, never both. */
export function oneOrMany(value: { region?: string; id?: string; instances?: unknown[] }): boolean {
  const single = value.region !== undefined || value.id !== undefined;
  return single
    ? value.region !== undefined && value.id !== undefined && !value.instances
    : !!value.instances;
}
export const ONE_OR_MANY = 'name one instance (region and id) or a list of instances, not both';

/** `POST /instances/{start,reboot,terminate}` body. */
export const ActionRequestSchema = z.object(actionTargets).check(z.refine(oneOrMany, ONE_OR_MANY));
export type ActionRequest = z.infer<typeof ActionRequestSchema>;

/** `POST /instances/stop` body: `force` skips the OS shutdown, `hibernate` saves memory to disk. */
export const StopRequestSchema = z
  .object({ ...actionTargets, force: z.optional(z.boolean()), hibernate: z.optional(z.boolean()) })
  .check(
    z.refine(oneOrMany, ONE_OR_MANY),
    z.refine((body) => !(body.force && body.hibernate), 'force and hibernate cannot be combined'),
  );
export type StopRequest = z.infer<typeof StopRequestSchema>;

/** `POST /instances/protection` body: the flags to set; at least one. */
export const ProtectionRequestSchema = z
  .object({
    ...actionTargets,
    disableApiTermination: z.optional(z.boolean()),
    disableApiStop: z.optional(z.boolean()),
  })
  .check(
    z.refine(oneOrMany, ONE_OR_MANY),
    z.refine(
      (body) => body.disableApiTermination !== undefined || body.disableApiStop !== undefined,
      'set disableApiTermination, disableApiStop or both',
    ),
  );
export type ProtectionRequest = z.infer<typeof ProtectionRequestSchema>;

/** EC2's protection flags, by the names EC2 gives them. */
export const PROTECTION_FLAGS = ['disableApiTermination', 'disableApiStop'] as const;
export const ProtectionFlagSchema = z.enum(PROTECTION_FLAGS);
export type ProtectionFlag = z.infer<typeof ProtectionFlagSchema>;

/** What happened to one instance. */
export const ACTION_OUTCOMES = ['succeeded', 'unchanged', 'refused', 'failed'] as const;
export const ActionOutcomeSchema = z.enum(ACTION_OUTCOMES);
export type ActionOutcome = z.infer<typeof ActionOutcomeSchema>;

/** Why an instance was refused: its state, a protection flag, or it is not the caller's to touch. */
export const REFUSAL_REASONS = [
  'wrong-state',
  'protected',
  'hibernation-not-configured',
  'out-of-scope',
  'not-found',
] as const;
export const RefusalReasonSchema = z.enum(REFUSAL_REASONS);
export type RefusalReason = z.infer<typeof RefusalReasonSchema>;

export const ActionResultSchema = z.extend(InstanceRefSchema, {
  outcome: ActionOutcomeSchema,
  /** For `refused`. */
  refusal: z.optional(RefusalReasonSchema),
  /** For `refused: protected`: the flag, by EC2's name. */
  flag: z.optional(ProtectionFlagSchema),
  /** For `failed`: EC2's error code, e.g. `IncorrectInstanceState`, `RequestLimitExceeded`. */
  errorCode: z.optional(z.string()),
  /** For people. */
  message: z.string(),
  /** `null` when the instance is unknown (or not the caller's to know). */
  stateBefore: z.nullable(InstanceStateSchema),
  /** What EC2 answered right after the call (`stopping`, …), else the state before. */
  stateAfter: z.nullable(InstanceStateSchema),
});
export type ActionResult = z.infer<typeof ActionResultSchema>;

/** Every action's `200` answer. */
export const ActionResponseSchema = z.object({
  action: InstanceActionSchema,
  requestId: z.string(),
  /**
   * The X-Ray trace of the request that acted (a replay quotes the first request's), or the
   * request id where tracing is off. SREs and admins open it in the Traces area.
   */
  traceId: z.string(),
  results: z.array(ActionResultSchema),
  /**
   * `false` when EC2 acted but an outcome record could not be written: the attempt stays open
   * and is reconciled from the instance's state (`GET /audit/unsettled`).
   */
  auditComplete: z.boolean(),
});
export type ActionResponse = z.infer<typeof ActionResponseSchema>;
