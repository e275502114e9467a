import type { InstanceState, ProtectionFlag } from '@fleet/contract';

/** What the rules need to know of one instance before acting on it. */
export interface InstanceSnapshot {
  readonly region: string;
  readonly id: string;
  readonly state: InstanceState;
  /** Every tag, `Team` and `Environment` included. */
  readonly tags: Readonly<Record<string, string>>;
  /** Whether the instance was launched with hibernation configured. */
  readonly hibernationConfigured: boolean;
  /** Its instance type (`t3.micro`), when read: resize compares it with the one asked for. */
  readonly instanceType?: string;
}

/** The protection flags read with DescribeInstanceAttribute; only those an action needs. */
export type ProtectionState = Partial<Record<ProtectionFlag, boolean>>;
