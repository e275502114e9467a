import type { ActionOutcome, ActionResult } from '@fleet/contract';

export type OutcomeCounts = Record<ActionOutcome, number>;

/**
 * How many instances ended in each outcome.
 *
 * @example
 * countOutcomes([{ outcome: 'succeeded' }]).succeeded; // 1
 */
export function countOutcomes(results: readonly Pick<ActionResult, 'outcome'>[]): OutcomeCounts {
  const counts: OutcomeCounts = { succeeded: 0, unchanged: 0, refused: 0, failed: 0 };
  for (const result of results) counts[result.outcome] += 1;
  return counts;
}

/**
 * One sentence over a response's results: "2 succeeded, 1 refused." ("1 unchanged." …).
 *
 * @example
 * summariseResults([{ outcome: 'succeeded' }, { outcome: 'refused' }]); // '1 succeeded, 1 refused.'
 */
export function summariseResults(results: readonly Pick<ActionResult, 'outcome'>[]): string {
  if (results.length === 0) return 'No instance was named.';
  const counts = countOutcomes(results);
  const parts = (Object.keys(counts) as ActionOutcome[])
    .filter((outcome) => counts[outcome] > 0)
    .map((outcome) => `${counts[outcome]} ${outcome}`);
  return `${parts.join(', ')}.`;
}

/** The worst outcome's severity, for the summary alert. */
export function resultsSeverity(
  results: readonly Pick<ActionResult, 'outcome'>[],
): 'success' | 'info' | 'warning' | 'error' {
  const counts = countOutcomes(results);
  if (counts.failed > 0) return 'error';
  if (counts.refused > 0) return 'warning';
  if (counts.succeeded > 0) return 'success';
  return 'info';
}

/**
 * The detail after a result's message: the refusal reason and flag, or EC2's error code.
 *
 * @example
 * resultDetail({ outcome: 'refused', refusal: 'protected', flag: 'disableApiStop' }); // 'protected: disableApiStop'
 */
export function resultDetail(
  result: Pick<ActionResult, 'outcome' | 'refusal' | 'flag' | 'errorCode'>,
): string | null {
  if (result.outcome === 'refused' && result.refusal) {
    return result.flag ? `${result.refusal}: ${result.flag}` : result.refusal;
  }
  if (result.outcome === 'failed' && result.errorCode) return result.errorCode;
  return null;
}
