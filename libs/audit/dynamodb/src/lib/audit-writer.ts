import type { ActionAuditPort, AttemptHandle } from '@fleet/actions-domain';
import type { AuditEntry } from '@fleet/contract';
import { logger } from '@fleet/lambda-kit';
import type { AuditTables } from './audit-tables';
import { appendToChain } from './chain-appender';
import { markClosed, markOpen } from './open-attempts';

/** The audit trail as the action functions write it. */
export interface AuditWriter extends ActionAuditPort {
  /** Appends entries that need no outcome (denied requests); rejects if any failed. */
  recordFinal(entries: readonly AuditEntry[]): Promise<void>;
}

async function writeAttempt(
  tables: AuditTables,
  entry: AuditEntry,
): Promise<AttemptHandle | undefined> {
  try {
    const record = await appendToChain(tables.records, entry);
    await markOpen(tables.openAttempts, record);
    logger.info('audit attempt written', {
      chain: record.chain,
      seq: record.seq,
      hash: record.hash,
    });
    return { chain: record.chain, seq: record.seq };
  } catch (error) {
    logger.error('audit attempt not written', {
      error: error as Error,
      instanceId: entry.instanceId,
    });
    return undefined;
  }
}

async function writeOutcome(
  tables: AuditTables,
  attempt: AttemptHandle,
  entry: AuditEntry,
): Promise<boolean> {
  try {
    const record = await appendToChain(tables.records, entry);
    // The chain head goes to the function's log as it is written: CloudWatch Logs keeps it
    // where the table's writers cannot edit it (docs/audit.md).
    logger.info('audit outcome written', {
      chain: record.chain,
      seq: record.seq,
      hash: record.hash,
    });
  } catch (error) {
    logger.error('audit outcome not written: the attempt stays open', {
      error: error as Error,
      chain: attempt.chain,
      seq: attempt.seq,
    });
    return false;
  }
  // A marker left behind is harmless: the reconciler sees the outcome and clears it.
  await markClosed(tables.openAttempts, attempt).catch((error: unknown) =>
    logger.warn('open-attempt marker not cleared', {
      error: error as Error,
      chain: attempt.chain,
      seq: attempt.seq,
    }),
  );
  return true;
}

/**
 * Writes attempts (with their open markers) and outcomes to the hash-chained audit table, one
 * chain per instance, every write awaited. Attempts answer `undefined` where a write failed, so
 * the caller can act on none and close the others.
 *
 * @example
 * const audit = createAuditWriter(auditTablesFromEnv());
 * const handles = await audit.recordAttempts(entries);
 */
export function createAuditWriter(tables: AuditTables): AuditWriter {
  return {
    async recordAttempts(entries) {
      return Promise.all(entries.map((entry) => writeAttempt(tables, entry)));
    },
    async recordOutcomes(outcomes) {
      const written = await Promise.all(
        outcomes.map(({ attempt, entry }) => writeOutcome(tables, attempt, entry)),
      );
      return written.every(Boolean);
    },
    async recordFinal(entries) {
      await Promise.all(entries.map((entry) => appendToChain(tables.records, entry)));
    },
  };
}
