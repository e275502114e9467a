import type { AuditEntry } from '@fleet/contract';
import { appendBudgetMs, functionTimeoutSeconds } from '@fleet/audit-domain';
import { logger } from '@fleet/lambda-kit';
import type { AuditTables } from './audit-tables';
import { AppendContentionError, appendToChain } from './chain-appender';
import { claimAttempt, claimClosing, releaseAttempt, type AttemptKey } from './open-attempts';

// The action domain's audit port (`ActionAuditPort`), met structurally: this adapter needs
// nothing of the actions domain, and the action kit that composes them checks the fit.

/** Where an attempt was written, so its outcome can point back at it. */
export interface AttemptHandle {
  readonly chain: string;
  readonly seq: number;
}

/** The audit trail as the action functions write it. */
export interface AuditWriter {
  /**
   * Appends one attempt per entry and waits for every write: a handle per entry, same order,
   * `undefined` where that write failed.
   */
  recordAttempts(entries: readonly AuditEntry[]): Promise<(AttemptHandle | undefined)[]>;
  /** Appends the outcome records and waits; `false` if any could not be written. */
  recordOutcomes(
    outcomes: readonly { attempt: AttemptHandle; entry: AuditEntry }[],
  ): Promise<boolean>;
  /** Appends entries that need no outcome (denied requests); rejects if any failed. */
  recordFinal(entries: readonly AuditEntry[]): Promise<void>;
}

const closerOf = (requestId: string): string => `outcome:${requestId}`;

async function writeAttempt(
  tables: AuditTables,
  entry: AuditEntry,
  timeoutSeconds: number,
): Promise<AttemptHandle | undefined> {
  // The claim comes first: from here on the attempt is listed as unsettled until it is closed,
  // whether its record gets written or the function dies before it does.
  const claim = await claimAttempt(tables.openAttempts, entry, new Date().toISOString()).catch(
    (error: unknown) => {
      logger.error('audit attempt not claimed', {
        error: error as Error,
        instanceId: entry.instanceId,
      });
      return undefined;
    },
  );
  if (!claim) return undefined;
  try {
    const record = await appendToChain(tables.records, entry, {
      budgetMs: appendBudgetMs('attempt', timeoutSeconds),
      kind: 'attempt',
    });
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
    // Every try lost its race and none of its records is in the chain: nothing to list.
    if (error instanceof AppendContentionError)
      await releaseAttempt(tables.openAttempts, claim).catch(() => undefined);
    return undefined;
  }
}

async function writeOutcome(
  tables: AuditTables,
  attempt: AttemptHandle,
  entry: AuditEntry,
  timeoutSeconds: number,
): Promise<boolean> {
  const key: AttemptKey = { chain: attempt.chain, requestId: entry.requestId };
  const closer = closerOf(entry.requestId);
  try {
    // Only the closer that wins the marker writes a closing record: never two for one attempt.
    if (!(await claimClosing(tables.openAttempts, key, closer, new Date().toISOString())))
      throw new Error('another closer holds the attempt');
    const record = await appendToChain(tables.records, entry, {
      budgetMs: appendBudgetMs('outcome', timeoutSeconds),
    });
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
  // A marker left behind is harmless: the next listing sees the outcome and clears it.
  await releaseAttempt(tables.openAttempts, key, closer).catch((error: unknown) =>
    logger.warn('open-attempt marker not cleared', {
      error: error as Error,
      chain: attempt.chain,
      seq: attempt.seq,
    }),
  );
  return true;
}

/**
 * Writes attempts (each claimed in the open-attempts table first) and outcomes (each after
 * winning its attempt's marker) to the hash-chained audit table, one chain per instance, every
 * write awaited. Attempts answer `undefined` where a write failed, so the caller can act on none
 * and close the others. Appends retry lost races within a share of the function's timeout
 * (`FUNCTION_TIMEOUT_SECONDS`).
 *
 * @example
 * const audit = createAuditWriter(auditTablesFromEnv());
 * const handles = await audit.recordAttempts(entries);
 */
export function createAuditWriter(
  tables: AuditTables,
  timeoutSeconds = functionTimeoutSeconds(process.env.FUNCTION_TIMEOUT_SECONDS),
): AuditWriter {
  return {
    async recordAttempts(entries) {
      return Promise.all(entries.map((entry) => writeAttempt(tables, entry, timeoutSeconds)));
    },
    async recordOutcomes(outcomes) {
      const written = await Promise.all(
        outcomes.map(({ attempt, entry }) => writeOutcome(tables, attempt, entry, timeoutSeconds)),
      );
      return written.every(Boolean);
    },
    async recordFinal(entries) {
      await Promise.all(entries.map((entry) => appendToChain(tables.records, entry)));
    },
  };
}
