import type { ActionCommand, ActionPorts } from '@fleet/actions-domain';
import { createActionEc2 } from '@fleet/actions-ec2';
import { auditTablesFromEnv, createAuditWriter, type AuditWriter } from '@fleet/audit-dynamodb';
import type { ActionResult } from '@fleet/contract';
import { inventoryWriteThrough } from './inventory-write-through';
import { measuredAuditWriter } from './measured-audit-writer';

/**
 * Told what an action request did, once, after its outcomes are on the record: where another
 * view of the fleet (e.g. the inventory's write-through) learns of a mutation at once. Its
 * failure is logged; the caller's answer stands.
 */
export type AfterMutation = (
  results: readonly ActionResult[],
  command: ActionCommand,
) => Promise<void>;

/** What an instance action function talks to. */
export interface InstanceActionPorts extends ActionPorts {
  readonly audit: AuditWriter;
  /** Optional: see {@link AfterMutation}. */
  readonly afterMutation?: AfterMutation;
}

/**
 * The ports of a deployed action function: EC2 through `@fleet/actions-ec2`, the audit trail
 * through `@fleet/audit-dynamodb` (tables from the function's environment), measured. The one place a new
 * port for every action (e.g. `afterMutation`) is wired.
 *
 * @example
 * const ports = defaultActionPorts();
 */
export function defaultActionPorts(): InstanceActionPorts {
  return {
    ec2: createActionEc2(),
    audit: measuredAuditWriter(createAuditWriter(auditTablesFromEnv())),
    afterMutation: inventoryWriteThrough(),
  };
}
