import * as z from 'zod/mini';
import { InstanceActionSchema } from './actions';
import { InstanceIdSchema, InstanceStateSchema, RegionSchema } from './primitives';

/** The four kinds of audit record. */
export const AUDIT_RECORD_KINDS = ['attempt', 'outcome', 'denied', 'reconciled'] as const;
export const AuditRecordKindSchema = z.enum(AUDIT_RECORD_KINDS);

/** A record's outcome: `pending` on attempts; the action's result on outcomes. */
export const AUDIT_OUTCOMES = [
  'pending',
  'succeeded',
  'unchanged',
  'refused',
  'failed',
  'denied',
  'aborted',
] as const;
export const AuditOutcomeSchema = z.enum(AUDIT_OUTCOMES);
export type AuditOutcome = z.infer<typeof AuditOutcomeSchema>;

export const AuditActorSchema = z.object({
  sub: z.string(),
  email: z.string(),
  roles: z.array(z.string()),
});
export type AuditActor = z.infer<typeof AuditActorSchema>;

/** One audit record, as stored (hash-chained per instance) and as the audit API answers it. */
export const AuditRecordSchema = z.object({
  /** `<chain>/<seq>`: stable, unique. */
  id: z.string(),
  /** The hash chain the record belongs to: `<region>/<instance id>`, or `actor/<sub>` for a denied request naming no instance. */
  chain: z.string(),
  seq: z.number(),
  kind: AuditRecordKindSchema,
  /** ISO 8601, when the record was written. */
  at: z.string(),
  action: InstanceActionSchema,
  region: z.nullable(z.string()),
  instanceId: z.nullable(z.string()),
  /** The instance's `Team` tag when the record was written; `null` if unknown. */
  team: z.nullable(z.string()),
  actor: AuditActorSchema,
  reason: z.nullable(z.string()),
  /** Action options (`force`, `hibernate`, protection flags). */
  options: z.nullable(z.record(z.string(), z.union([z.boolean(), z.string()]))),
  requestId: z.string(),
  /** The X-Ray trace id; the request id where tracing is off. */
  traceId: z.string(),
  sourceIp: z.nullable(z.string()),
  userAgent: z.nullable(z.string()),
  stateBefore: z.nullable(z.string()),
  stateAfter: z.nullable(z.string()),
  outcome: AuditOutcomeSchema,
  /** Refusal reason, protection flag or AWS error code. */
  detail: z.nullable(z.string()),
  /** On outcome and reconciled records: the seq of the attempt they close. */
  attemptSeq: z.nullable(z.number()),
  /** SHA-256 (hex) of the previous record of the chain; 64 zeros for the first. */
  prevHash: z.string(),
  /** SHA-256 (hex) of this record's canonical content, `prevHash` included. */
  hash: z.string(),
});
export type AuditRecord = z.infer<typeof AuditRecordSchema>;

export const MAX_AUDIT_PAGE_SIZE = 100;

/** `GET /audit` query: filters are ANDed; newest first. */
export const ListAuditQuerySchema = z.object({
  region: z.optional(RegionSchema),
  /** An instance id; needs `region`. */
  instance: z.optional(InstanceIdSchema),
  /** The actor's `sub`. */
  actor: z.optional(z.string().check(z.minLength(1), z.maxLength(128))),
  action: z.optional(InstanceActionSchema),
  outcome: z.optional(AuditOutcomeSchema),
  /** ISO 8601, inclusive. */
  from: z.optional(z.iso.datetime()),
  /** ISO 8601, inclusive. */
  to: z.optional(z.iso.datetime()),
  limit: z._default(
    z.coerce.number().check(z.int(), z.minimum(1), z.maximum(MAX_AUDIT_PAGE_SIZE)),
    50,
  ),
  cursor: z.optional(z.string().check(z.maxLength(1024))),
});
export type ListAuditQuery = z.infer<typeof ListAuditQuerySchema>;
export type ListAuditParams = z.input<typeof ListAuditQuerySchema>;

export const AuditPageSchema = z.object({
  items: z.array(AuditRecordSchema),
  nextCursor: z.nullable(z.string()),
});
export type AuditPage = z.infer<typeof AuditPageSchema>;

/** What the verifier reports about one chain. */
export const AUDIT_FINDING_KINDS = [
  'edited',
  'missing',
  'inserted',
  'reordered',
  'truncated',
  'anchor-mismatch',
  'chain-missing',
] as const;
export const AuditFindingSchema = z.object({
  chain: z.string(),
  seq: z.nullable(z.number()),
  kind: z.enum(AUDIT_FINDING_KINDS),
  message: z.string(),
});
export type AuditFinding = z.infer<typeof AuditFindingSchema>;

/** `POST /audit/verify` query: one instance's chain, or every chain. */
export const VerifyAuditQuerySchema = z.object({
  region: z.optional(RegionSchema),
  instance: z.optional(InstanceIdSchema),
});

export const AuditVerificationSchema = z.object({
  ok: z.boolean(),
  chainsChecked: z.number(),
  recordsChecked: z.number(),
  /** Chains whose head the run anchored (sealed) after they verified clean. */
  chainsAnchored: z.number(),
  findings: z.array(AuditFindingSchema),
});
export type AuditVerification = z.infer<typeof AuditVerificationSchema>;

/** An attempt whose outcome was never written. */
export const UnsettledAttemptSchema = z.object({
  /** The attempt record; `null` when only its claim was written (nothing reached EC2 then). */
  attempt: z.nullable(AuditRecordSchema),
  /** The claim written before the attempt record: who tried what, where and when. */
  claim: z.object({
    chain: z.string(),
    requestId: z.string(),
    /** ISO 8601. */
    claimedAt: z.string(),
    action: InstanceActionSchema,
    region: z.nullable(z.string()),
    instanceId: z.nullable(z.string()),
    actorEmail: z.string(),
  }),
  /** Seconds since the claim. */
  ageSeconds: z.number(),
});
export const UnsettledPageSchema = z.object({ items: z.array(UnsettledAttemptSchema) });
export type UnsettledPage = z.infer<typeof UnsettledPageSchema>;

/** `POST /audit/reconcile`: the open attempts closed from the instances' actual state. */
export const ReconcileResponseSchema = z.object({
  reconciled: z.array(
    z.object({
      chain: z.string(),
      attemptSeq: z.number(),
      stateNow: z.nullable(InstanceStateSchema),
      recordSeq: z.number(),
    }),
  ),
  /** Claims whose attempt record was never written (EC2 was never called): dropped. */
  abandoned: z.number(),
  /**
   * Open attempts younger than the grace period (at least the action functions' timeout plus a
   * margin, whatever `minAgeSeconds` asks), left for their own request to close.
   */
  tooRecent: z.number(),
});
export type ReconcileResponse = z.infer<typeof ReconcileResponseSchema>;

/** What a writer hands the audit trail; the trail adds chain, seq, time and hashes. */
export type AuditEntry = Omit<AuditRecord, 'id' | 'chain' | 'seq' | 'at' | 'prevHash' | 'hash'>;

/** `GET /audit/unsettled` and `POST /audit/reconcile` query: how old an open attempt must be to count as stuck. */
export const UnsettledQuerySchema = z.object({
  minAgeSeconds: z._default(z.coerce.number().check(z.int(), z.minimum(0), z.maximum(86_400)), 120),
});
