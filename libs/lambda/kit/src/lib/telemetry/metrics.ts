import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import type { AnswerFacts } from './answer-facts';

type Unit = (typeof MetricUnit)[keyof typeof MetricUnit];

/**
 * The function's Powertools Metrics (EMF: one JSON line per flush, which CloudWatch turns into
 * metrics from the log stream). Namespace from `POWERTOOLS_METRICS_NAMESPACE`, the `service`
 * dimension from `POWERTOOLS_SERVICE_NAME`.
 */
export const metrics = new Metrics({
  namespace: process.env.POWERTOOLS_METRICS_NAMESPACE ?? 'FleetConsole',
});

/** The metric names the product emits, in one place for alarms and charts. */
export const METRIC = {
  requests: 'Requests',
  clientErrors: 'ClientErrors',
  faults: 'Faults',
  latency: 'Latency',
  actionOutcomes: 'ActionOutcomes',
  deniedAttempts: 'DeniedAttempts',
  refusedAttempts: 'RefusedAttempts',
  ec2Throttles: 'Ec2Throttles',
  auditUnavailable: 'AuditUnavailable',
  auditWriteLatency: 'AuditWriteLatency',
  auditWriteFailures: 'AuditWriteFailures',
  idempotencyReplays: 'IdempotencyReplays',
  unsettledAttempts: 'UnsettledAttempts',
  inventoryAge: 'InventoryAge',
} as const;

function single(dimensions: Record<string, string>, name: string, unit: Unit, value: number): void {
  const metric = metrics.singleMetric();
  for (const [key, dimension] of Object.entries(dimensions)) metric.addDimension(key, dimension);
  metric.addMetric(name, unit, value);
}

// EC2 throttled past the SDK's retries: the whole answer (503 Throttled) or single results.
function ec2ThrottlesOf(facts: AnswerFacts, answer: unknown): number {
  if (facts.cause?.code === 'Throttled') return 1;
  const results = (answer as { results?: { errorCode?: string }[] } | undefined)?.results;
  return Array.isArray(results)
    ? results.filter((result) => result.errorCode === 'RequestLimitExceeded').length
    : 0;
}

// A page served from the inventory says when its regions were last synced from EC2: how stale
// what operators see may be (null until a region's first sync, then nothing to measure).
function inventoryAgeSecondsOf(answer: unknown, now: number): number | undefined {
  const syncedAt = (answer as { inventory?: { syncedAt?: unknown } } | undefined)?.inventory
    ?.syncedAt;
  if (typeof syncedAt !== 'string') return undefined;
  const at = Date.parse(syncedAt);
  return Number.isNaN(at) ? undefined : Math.max(0, (now - at) / 1000);
}

// One request's figures, what the Service health view charts per function; the caller publishes.
function addRequestMetrics(latencyMs: number, clientError: boolean, fault: boolean): void {
  metrics.addMetric(METRIC.requests, MetricUnit.Count, 1);
  metrics.addMetric(METRIC.clientErrors, MetricUnit.Count, clientError ? 1 : 0);
  metrics.addMetric(METRIC.faults, MetricUnit.Count, fault ? 1 : 0);
  metrics.addMetric(METRIC.latency, MetricUnit.Milliseconds, latencyMs);
}

/**
 * Emits what every invocation tells about the service: requests, client errors, faults and
 * latency per function; for actions, outcomes by action and outcome, refused and denied attempts;
 * EC2 throttles and audit outages wherever they happen; the inventory's age where a page
 * reports when it was synced.
 *
 * @example
 * recordInvocation(facts, 42, answer);
 */
export function recordInvocation(facts: AnswerFacts, latencyMs: number, answer: unknown): void {
  addRequestMetrics(latencyMs, facts.flags.error, facts.flags.fault);
  const throttles = ec2ThrottlesOf(facts, answer);
  if (throttles > 0) metrics.addMetric(METRIC.ec2Throttles, MetricUnit.Count, throttles);
  if (facts.cause?.code === 'AuditUnavailable')
    metrics.addMetric(METRIC.auditUnavailable, MetricUnit.Count, 1);
  const inventoryAge = inventoryAgeSecondsOf(answer, Date.now());
  if (inventoryAge !== undefined)
    metrics.addMetric(METRIC.inventoryAge, MetricUnit.Seconds, inventoryAge);
  metrics.publishStoredMetrics();
  if (!facts.action) return;
  for (const [outcome, count] of Object.entries(facts.outcomes))
    single({ action: facts.action, outcome }, METRIC.actionOutcomes, MetricUnit.Count, count);
  if (facts.outcomes.refused)
    single(
      { action: facts.action },
      METRIC.refusedAttempts,
      MetricUnit.Count,
      facts.outcomes.refused,
    );
  if (facts.status === 403)
    single({ action: facts.action }, METRIC.deniedAttempts, MetricUnit.Count, 1);
}

/**
 * One run of a function no HTTP request reaches (a schedule's, an EventBridge rule's): the same
 * requests, faults and latency as an HTTP function's, so the Service health view reads both alike
 * (no caller, so never a client error).
 *
 * @example
 * recordEventInvocation(840, false);
 */
export function recordEventInvocation(latencyMs: number, failed: boolean): void {
  addRequestMetrics(latencyMs, false, failed);
  metrics.publishStoredMetrics();
}

/**
 * One audit write: how long it took, and whether it failed.
 *
 * @example
 * recordAuditWrite(12.5, true);
 */
export function recordAuditWrite(latencyMs: number, succeeded: boolean): void {
  metrics.addMetric(METRIC.auditWriteLatency, MetricUnit.Milliseconds, latencyMs);
  metrics.addMetric(METRIC.auditWriteFailures, MetricUnit.Count, succeeded ? 0 : 1);
  metrics.publishStoredMetrics();
}

/**
 * An action answered from the idempotency store instead of acting again.
 *
 * @example
 * recordIdempotencyReplay();
 */
export function recordIdempotencyReplay(): void {
  single({}, METRIC.idempotencyReplays, MetricUnit.Count, 1);
}

/**
 * How many attempts are still unsettled (emitted by the scheduled audit function: an alarm fires
 * when it stays above 0).
 *
 * @example
 * recordUnsettledAttempts(open.length);
 */
export function recordUnsettledAttempts(count: number): void {
  single({}, METRIC.unsettledAttempts, MetricUnit.Count, count);
}
