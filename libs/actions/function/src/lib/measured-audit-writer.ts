import type { AuditWriter } from '@fleet/audit-dynamodb';
import { recordAuditWrite } from '@fleet/lambda-kit';

async function timed<R>(write: () => Promise<R>, succeeded: (result: R) => boolean): Promise<R> {
  const started = performance.now();
  try {
    const result = await write();
    recordAuditWrite(performance.now() - started, succeeded(result));
    return result;
  } catch (error) {
    recordAuditWrite(performance.now() - started, false);
    throw error;
  }
}

/**
 * The audit writer, measured: every write (attempts, outcomes, denied records) emits its latency
 * and whether it failed (`AuditWriteLatency`, `AuditWriteFailures`), the writer's own answers
 * unchanged — a write that reports a failure without throwing counts as failed too.
 *
 * @example
 * const audit = measuredAuditWriter(createAuditWriter(auditTablesFromEnv()));
 */
export function measuredAuditWriter(writer: AuditWriter): AuditWriter {
  return {
    recordAttempts: (entries) =>
      timed(
        () => writer.recordAttempts(entries),
        (handles) => handles.every((handle) => handle !== undefined),
      ),
    recordOutcomes: (outcomes) =>
      timed(
        () => writer.recordOutcomes(outcomes),
        (written) => written,
      ),
    recordFinal: (entries) =>
      timed(
        () => writer.recordFinal(entries),
        () => true,
      ),
  };
}
