import type { AuditEntry, InstanceAction, InstanceState, ProtectionFlag } from '@fleet/contract';
import type { ActionOptions } from './action-options';
import type { InstanceSnapshot, ProtectionState } from './instance-snapshot';

/** One EC2 state-changing call's answer for a list of instances of one region. */
export type CallResult =
  | {
      readonly ok: true;
      readonly changes: ReadonlyMap<
        string,
        { previous: InstanceState | null; current: InstanceState | null }
      >;
    }
  | {
      readonly ok: false;
      readonly code: string;
      readonly message: string;
      readonly serverSide: boolean;
      /** AWS throttled the call past the SDK's retries: EC2 did nothing, a later retry may act. */
      readonly throttled?: boolean;
    };

/** What the action run needs of EC2 (implemented over the SDK in `@fleet/actions-ec2`). */
export interface ActionEc2Port {
  /** The instances of `ids` EC2 knows in the region; unknown ids are simply absent. */
  describe(region: string, ids: readonly string[]): Promise<InstanceSnapshot[]>;
  /** The protection flags asked for, read with DescribeInstanceAttribute. */
  protection(
    region: string,
    id: string,
    flags: readonly ProtectionFlag[],
  ): Promise<ProtectionState>;
  /** One call for every id (EC2 fails the whole call if one id is refused). */
  execute(
    region: string,
    ids: readonly string[],
    action: InstanceAction,
    options: ActionOptions,
  ): Promise<CallResult>;
}

/** Where an attempt was written, so its outcome can point back at it. */
export interface AttemptHandle {
  readonly chain: string;
  readonly seq: number;
}

/** What the action run needs of the audit trail (implemented in `@fleet/audit-dynamodb`). */
export interface ActionAuditPort {
  /**
   * Appends one attempt per entry and waits for every write: a handle per entry, same order,
   * `undefined` where that write failed (or rejects if none could be tried).
   */
  recordAttempts(entries: readonly AuditEntry[]): Promise<(AttemptHandle | undefined)[]>;
  /** Appends the outcome records and waits; `false` if any could not be written. */
  recordOutcomes(
    outcomes: readonly { attempt: AttemptHandle; entry: AuditEntry }[],
  ): Promise<boolean>;
}
